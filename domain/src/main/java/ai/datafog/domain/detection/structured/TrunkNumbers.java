package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;

/**
 * National numbers written with the trunk prefix {@code 0} instead of {@code +CC}, as people write
 * them at home: UK {@code 020 7946 0958} / {@code (020) 7946 0958} / {@code 07700 900123}, French
 * {@code 01 23 45 67 89}, German {@code 030 1234567}. Two shapes are distinctive enough alone (the
 * French five pairs, the UK eleven digits in two or three space-separated groups); any other
 * trunk-prefixed grouping of 9–12 digits needs a phone cue word nearby.
 */
final class TrunkNumbers {

    static final double SHAPED_CONFIDENCE = 0.7;
    static final double CUED_CONFIDENCE = 0.6;

    private TrunkNumbers() {
    }

    /** A trunk-prefixed number made of all groups in {@code g}, or null; see {@link #needsCue}. */
    static Candidate match(String text, int start, DigitGroups g) {
        if (g.count < 2 || g.truncated || text.charAt(g.starts[0]) != '0' || text.charAt(g.starts[0] + 1) == '0') {
            return null;
        }
        int end = g.endOf(g.count - 1);
        if (Chars.isWordChar(Chars.at(text, end)) || Chars.numberContinuesAt(text, end)) {
            return null;
        }
        char separator = g.separators[g.count - 1];
        for (int k = g.parenthesised[0] ? 2 : 1; k < g.count; k++) {
            if (g.separators[k] != separator || g.parenthesised[k]) {
                return null;
            }
        }
        if (g.parenthesised[0] && (g.separators[1] != ')' || (g.count > 2 && separator != ' '))) {
            return null;
        }
        int digits = g.digitCount(0, g.count);
        if (isFrenchPairs(g, digits, separator) || isUkEleven(g, digits, separator)) {
            return new Candidate(EntityType.PHONE, start, end, SHAPED_CONFIDENCE);
        }
        boolean plausible = digits >= 9 && digits <= 12 && g.length(0) >= 2 && g.length(0) <= 5
                && separator != '.';
        return plausible ? new Candidate(EntityType.PHONE, start, end, CUED_CONFIDENCE) : null;
    }

    /** True when {@code candidate} is only a phone if a cue word stands near it (checked by the caller, lazily). */
    static boolean needsCue(Candidate candidate) {
        return candidate.confidence() < SHAPED_CONFIDENCE;
    }

    private static boolean isFrenchPairs(DigitGroups g, int digits, char separator) {
        if (g.count != 5 || digits != 10 || g.parenthesised[0] || (separator != ' ' && separator != '.')) {
            return false;
        }
        for (int k = 0; k < 5; k++) {
            if (g.length(k) != 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUkEleven(DigitGroups g, int digits, char separator) {
        return digits == 11 && g.count <= 3 && g.length(0) >= 3 && g.length(0) <= 5
                && (separator == ' ' || separator == ')');
    }
}
