package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.EntityType;

/**
 * Places: gazetteer cities, countries, US states and regions, more likely after "in", "from",
 * "at"…; unknown capitalised names after "lives in", "based in", "moved to"…, or before
 * ", <state or country>"; and street names ("Baker Street"). A place that modifies a longer
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
            return Match.entity(EntityType.LOCATION, t, i, last, STREET);
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

    /** "Boulder, Colorado" or "Lyon, France": a comma and then a state or country. */
    private boolean followedByStateOrCountry(Tokens t, int last) {
        if (t.gapAfter(last) != Tokens.GAP_COMMA || last + 1 >= t.size()) {
            return false;
        }
        int packed = lists.locations.longestPhrase(t, last + 1);
        int category = packed & 0xFF;
        return packed != 0 && (category == Gazetteers.STATE || category == Gazetteers.COUNTRY);
    }
}
