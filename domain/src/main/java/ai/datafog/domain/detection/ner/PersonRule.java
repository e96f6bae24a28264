package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.EntityType;

/**
 * People: capitalised words after an honorific or a role ("Dr. Ana Ruiz", "Senator Warren"), a
 * known given name followed by capitalised words, initials and particles ("Maria de la Cruz",
 * "John F. Kennedy"), two or more name words after a person cue ("Patient: Oluwaseun Adeyemi"),
 * and — with less confidence — a known given name on its own.
 */
final class PersonRule {

    static final int NOT_A_NAME = -2;

    private static final int MAX_TITLES = 3;
    private static final int MAX_NAME_WORDS = 4;
    private static final double AFTER_HONORIFIC = 0.9;
    private static final double AFTER_ROLE = 0.75;
    private static final double GIVEN_AND_FAMILY = 0.85;
    private static final double GIVEN_ALONE = 0.6;
    private static final double AFTER_CUE = 0.7;
    private static final double GIVEN_ALONE_AT_SENTENCE_START = 0.5;

    private final Words words;
    private final Gazetteers lists;

    PersonRule(Words words) {
        this.words = words;
        this.lists = words.lists;
    }

    /** A name after one or more titles; the titles are not part of the span. */
    Match titled(Tokens t, int i) {
        if (!t.isCap(i) || !words.isTitle(t, i)) {
            return null;
        }
        boolean honorific = words.isHonorific(t, i);
        int j = i;
        while (true) {
            int gap = t.gapAfter(j);
            if (j + 1 >= t.size() || (gap != Tokens.GAP_SPACE && gap != Tokens.GAP_PERIOD_SPACE)) {
                return null;
            }
            if (j - i < MAX_TITLES && t.isCap(j + 1) && words.isTitle(t, j + 1)) {
                j++;
                continue;
            }
            break;
        }
        int last = nameEnd(t, j + 1, !honorific);
        if (last < 0) {
            return last == NOT_A_NAME ? Match.skip(i, j + 1) : null;
        }
        double confidence = honorific ? AFTER_HONORIFIC : AFTER_ROLE;
        return Match.entity(EntityType.PERSON, t, j + 1, last, confidence);
    }

    /** A known given name followed by at least one more name word. */
    Match givenAndFamily(Tokens t, int i) {
        if (!words.isFirstName(t, i)) {
            return null;
        }
        int last = nameEnd(t, i, true);
        if (last == NOT_A_NAME) {
            return Match.skip(i, i);
        }
        return last > i ? Match.entity(EntityType.PERSON, t, i, last, GIVEN_AND_FAMILY) : null;
    }

    /**
     * Two or more name words right after a phrase that introduces a person ("Name:", "patient",
     * "Dear", "signed by", "my name is"): the cue stands in for the gazetteer given name, so
     * "Rustam Nazarov" is found although "Rustam" is not listed.
     */
    Match cued(Tokens t, int i) {
        if (i == 0 || !t.isCap(i) || !introducesPerson(t, i - 1)) {
            return null;
        }
        int last = nameEnd(t, i, true);
        if (last <= i) {
            return null;
        }
        for (int k = i; k <= last; k++) {
            if (words.isOrgSuffix(t, k) || words.isPlaceSuffix(t, k) || words.isPlace(t, k)) {
                return null;
            }
        }
        return Match.entity(EntityType.PERSON, t, i, last, AFTER_CUE);
    }

    private boolean introducesPerson(Tokens t, int cue) {
        int gap = t.gapAfter(cue);
        if (gap != Tokens.GAP_SPACE && gap != Tokens.GAP_COMMA && gap != Tokens.GAP_OTHER) {
            return false;
        }
        int kind = lists.personCues.get(t, cue);
        if (kind == Gazetteers.CUE_ALONE) {
            return true;
        }
        return kind == Gazetteers.CUE_AFTER_VERB && cue > 0 && t.gapAfter(cue - 1) == Tokens.GAP_SPACE
                && lists.personCueVerbs.contains(t, cue - 1);
    }

    /** A known given name standing alone ("Thanks, Maria."). */
    Match givenAlone(Tokens t, int i) {
        if (!words.isFirstName(t, i) || words.continuesIntoName(t, i) || endsUnknownRun(t, i)) {
            return null;
        }
        double confidence = t.is(i, Tokens.SENTENCE_START) ? GIVEN_ALONE_AT_SENTENCE_START : GIVEN_ALONE;
        return Match.entity(EntityType.PERSON, t, i, i, confidence);
    }

    /** "Hurricane Ian", "Pro Max": a given name that closes a capitalised run names something else. */
    private boolean endsUnknownRun(Tokens t, int i) {
        return i > 0 && t.spaceJoined(i - 1) && words.isNameWord(t, i - 1) && !t.is(i - 1, Tokens.CONSUMED);
    }

    /**
     * The last token of a personal name starting at {@code first}: name words, initials and
     * particles joined by spaces (or an initial's period). Returns -1 when no name starts there and
     * {@link #NOT_A_NAME} when the run names a place, prize or event ("Grace Hopper Award") or is too
     * long to be a name (a title-case heading). After an honorific, words like "Park" stay surnames.
     */
    int nameEnd(Tokens t, int first, boolean rejectNonPersonWords) {
        if (first >= t.size() || !(words.isNameWord(t, first) || words.isInitial(t, first))) {
            return -1;
        }
        int last = -1;
        int nameWords = 0;
        for (int k = first; k < t.size(); k++) {
            if (rejectNonPersonWords && t.isCap(k) && words.isNonPersonWord(t, k)) {
                return NOT_A_NAME;
            }
            if (words.isNameWord(t, k)) {
                last = k;
                if (++nameWords > MAX_NAME_WORDS) {
                    return NOT_A_NAME;
                }
            } else if (!words.isInitial(t, k) && !(k > first && words.isParticle(t, k))) {
                break;
            }
            int gap = t.gapAfter(k);
            boolean joined = gap == Tokens.GAP_SPACE
                    || (words.isInitial(t, k) && (gap == Tokens.GAP_PERIOD_SPACE || gap == Tokens.GAP_PERIOD));
            if (!joined) {
                break;
            }
        }
        return last;
    }
}
