package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.validate.UsStates;

/**
 * Places: gazetteer cities, countries, US states and regions, more likely after "in", "from",
 * "at"…; unknown capitalised names after "lives in", "based in", "moved to"…, or before
 * ", <state or country>"; street names with their house number ("221B Baker Street"); and a US
 * state abbreviation between a comma and a ZIP code ("Springfield, IL 62704"). A place that modifies a longer
 * capitalised name ("Denver Broncos", "Paris Agreement") is not reported.
 */
final class LocationRule {

    private static final int MAX_UNKNOWN_TOKENS = 3;
    private static final int NO_CONTEXT = 0;
    private static final int PREPOSITION = 1;
    private static final int PLACE_VERB = 2;
    private static final double CITY = 0.6;
    private static final double COUNTRY = 0.75;
    private static final double STATE = 0.7;
    private static final double REGION = 0.65;
    private static final double AFTER_PREPOSITION = 0.2;
    private static final double AFTER_PLACE_VERB = 0.25;
    private static final double BEFORE_STATE = 0.15;
    private static final double UNKNOWN_AFTER_PLACE_VERB = 0.6;
    private static final double UNKNOWN_BEFORE_STATE = 0.65;
    private static final double STREET = 0.65;
    private static final double STATE_BEFORE_ZIP = 0.7;
    private static final int MAX_HOUSE_NUMBER = 6;
    private static final int ZIP_DIGITS = 5;

    private final Words words;
    private final Gazetteers lists;

    LocationRule(Words words) {
        this.words = words;
        this.lists = words.lists;
    }

    /** The longest gazetteer place starting at token i, or a skip when it only modifies a longer name. */
    Match gazetteer(Tokens t, int i) {
        if (!(t.isCap(i) || (t.is(i, Tokens.UPPER) && !t.is(i, Tokens.CODE) && t.length(i) <= 3))) {
            return null;
        }
        int packed = lists.locations.longestPhrase(t, i);
        int count = packed >>> 8;
        if (count == 0) {
            return null;
        }
        int last = i + count - 1;
        if (words.continuesIntoName(t, last)) {
            return Match.skip(i, last);
        }
        double confidence = base(packed & 0xFF) + contextBoost(t, i) + (followedByStateOrCountry(t, last) ? BEFORE_STATE : 0);
        return Match.entity(EntityType.LOCATION, t, i, last, confidence);
    }

    /** A capitalised name in no gazetteer, placed by what surrounds it. */
    Match unknown(Tokens t, int i) {
        if (!t.isCap(i) || words.isFunctionWord(t, i)) {
            return null;
        }
        int last = i;
        while (t.spaceJoined(last) && t.isCap(last + 1) && !words.isFunctionWord(t, last + 1)) {
            if (++last - i >= MAX_UNKNOWN_TOKENS) {
                return null;
            }
        }
        if (last > i && words.isPlaceSuffix(t, last)) {
            int first = isHouseNumber(t, i - 1) ? i - 1 : i;
            return Match.entity(EntityType.LOCATION, t, first, last, STREET);
        }
        if (words.isConventionallyCapitalised(t, i)) {
            return null;
        }
        if (context(t, i) == PLACE_VERB) {
            return Match.entity(EntityType.LOCATION, t, i, last, UNKNOWN_AFTER_PLACE_VERB);
        }
        if (followedByStateOrCountry(t, last)) {
            return Match.entity(EntityType.LOCATION, t, i, last, UNKNOWN_BEFORE_STATE);
        }
        return null;
    }

    private static double base(int category) {
        return switch (category) {
            case Gazetteers.COUNTRY -> COUNTRY;
            case Gazetteers.STATE -> STATE;
            case Gazetteers.REGION -> REGION;
            default -> CITY;
        };
    }

    private double contextBoost(Tokens t, int i) {
        return switch (context(t, i)) {
            case PLACE_VERB -> AFTER_PLACE_VERB;
            case PREPOSITION -> AFTER_PREPOSITION;
            default -> 0;
        };
    }

    /** "in Denver" is a preposition context; "lives in Denver" a place-verb context. */
    private int context(Tokens t, int i) {
        int prep = i - 1;
        if (prep < 0 || t.gapAfter(prep) != Tokens.GAP_SPACE || !t.is(prep, Tokens.LOWER | Tokens.CAP)
                || !lists.locationPrepositions.contains(t, prep)) {
            return NO_CONTEXT;
        }
        int verb = prep - 1;
        if (verb >= 0 && t.gapAfter(verb) == Tokens.GAP_SPACE && lists.locationVerbs.contains(t, verb)) {
            return PLACE_VERB;
        }
        return PREPOSITION;
    }

    /** "221B" in "221B Baker Street": up to five digits and an optional letter, right before the street. */
    private static boolean isHouseNumber(Tokens t, int k) {
        if (k < 0 || !t.spaceJoined(k) || t.is(k, Tokens.CONSUMED) || t.length(k) > MAX_HOUSE_NUMBER) {
            return false;
        }
        int digits = 0;
        while (digits < t.length(k) && Chars.isDigit(t.charAt(k, digits))) {
            digits++;
        }
        return digits > 0 && (digits == t.length(k) || (digits == t.length(k) - 1 && Chars.isAsciiLetter(t.charAt(k, digits))));
    }

    /** "IL" in "Springfield, IL 62704": a US state abbreviation after a comma and before a ZIP code. */
    Match stateBeforeZip(Tokens t, int i) {
        if (!isStateAbbreviation(t, i) || i == 0 || t.gapAfter(i - 1) != Tokens.GAP_COMMA || !t.spaceJoined(i)
                || t.length(i + 1) != ZIP_DIGITS) {
            return null;
        }
        for (int k = 0; k < ZIP_DIGITS; k++) {
            if (!Chars.isDigit(t.charAt(i + 1, k))) {
                return null;
            }
        }
        return Match.entity(EntityType.LOCATION, t, i, i, STATE_BEFORE_ZIP);
    }

    private static boolean isStateAbbreviation(Tokens t, int i) {
        return t.is(i, Tokens.UPPER) && t.length(i) == 2
                && UsStates.ABBREVIATIONS.contains(String.valueOf(new char[] {t.charAt(i, 0), t.charAt(i, 1)}));
    }

    /** "Boulder, Colorado" or "Lyon, France": a comma and then a state or country. */
    private boolean followedByStateOrCountry(Tokens t, int last) {
        if (t.gapAfter(last) != Tokens.GAP_COMMA || last + 1 >= t.size()) {
            return false;
        }
        if (isStateAbbreviation(t, last + 1) && stateBeforeZip(t, last + 1) != null) {
            return true;
        }
        int packed = lists.locations.longestPhrase(t, last + 1);
        int category = packed & 0xFF;
        return packed != 0 && (category == Gazetteers.STATE || category == Gazetteers.COUNTRY);
    }
}
