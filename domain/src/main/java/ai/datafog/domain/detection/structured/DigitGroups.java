package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.scan.Chars;

/**
 * A run of digit groups joined by single separators, as numbers are written by people:
 * {@code (415) 555-0132}, {@code +44 20 7946 0958}, {@code 4111 1111 1111 1111}. Reading stops
 * after {@link #MAX_GROUPS} groups or {@link #MAX_DIGITS} digits, so each read costs a bounded
 * amount of work whatever the text holds.
 */
final class DigitGroups {

    static final int MAX_GROUPS = 8;
    static final int MAX_DIGITS = 20;

    final int[] starts = new int[MAX_GROUPS];
    final int[] ends = new int[MAX_GROUPS];
    /** The separator before group k (k ≥ 1): ' ', '-', '.', or ')' for "(415)555". */
    final char[] separators = new char[MAX_GROUPS];
    final boolean[] parenthesised = new boolean[MAX_GROUPS];
    int count;
    /** True when more digits follow the last group read (the run was cut off by a limit). */
    boolean truncated;

    private DigitGroups() {
    }

    /** Reads groups from {@code from}; a group may be wrapped in parentheses when {@code allowParens}. */
    static DigitGroups read(String text, int from, boolean allowParens) {
        DigitGroups groups = new DigitGroups();
        int pos = from;
        int digits = 0;
        char separator = 0;
        while (groups.count < MAX_GROUPS) {
            boolean paren = allowParens && Chars.at(text, pos) == '(';
            int digitStart = paren ? pos + 1 : pos;
            int digitEnd = Chars.skipDigits(text, digitStart);
            if (digitEnd == digitStart || digitEnd - digitStart > MAX_DIGITS || (paren && Chars.at(text, digitEnd) != ')')) {
                groups.truncated = digitEnd - digitStart > MAX_DIGITS;
                return groups;
            }
            int k = groups.count++;
            groups.starts[k] = digitStart;
            groups.ends[k] = digitEnd;
            groups.parenthesised[k] = paren;
            groups.separators[k] = separator;
            digits += digitEnd - digitStart;
            if (digits > MAX_DIGITS) {
                groups.truncated = true;
                return groups;
            }
            int after = paren ? digitEnd + 1 : digitEnd;
            char next = Chars.at(text, after);
            if (paren && Chars.isDigit(next)) {
                separator = ')';
                pos = after;
            } else if ((next == ' ' || next == '-' || next == '.')
                    && (Chars.digitAt(text, after + 1) || (allowParens && Chars.at(text, after + 1) == '('))) {
                separator = paren && next == ' ' ? ')' : next;
                pos = after + 1;
            } else {
                return groups;
            }
        }
        groups.truncated = true;
        return groups;
    }

    int length(int group) {
        return ends[group] - starts[group];
    }

    /** Digits of groups [from, to) concatenated. */
    String digits(String text, int from, int to) {
        StringBuilder out = new StringBuilder(MAX_DIGITS);
        for (int k = from; k < to; k++) {
            out.append(text, starts[k], ends[k]);
        }
        return out.toString();
    }

    int digitCount(int from, int to) {
        int total = 0;
        for (int k = from; k < to; k++) {
            total += length(k);
        }
        return total;
    }

    /** End char index of group {@code k}, including its closing parenthesis. */
    int endOf(int k) {
        return parenthesised[k] ? ends[k] + 1 : ends[k];
    }

    /** True when group {@code k} (k ≥ 1) is glued to the previous one by '-' or '.', i.e. the same number continues. */
    boolean gluedBefore(int k) {
        return k < count && separators[k] != ' ' && separators[k] != ')';
    }
}
