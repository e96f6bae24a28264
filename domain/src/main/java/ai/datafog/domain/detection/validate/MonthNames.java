package ai.datafog.domain.detection.validate;

import ai.datafog.domain.detection.scan.Chars;

/** English month names and their usual abbreviations ("Sep", "Sept"), case-insensitive. */
public final class MonthNames {

    /** The longest month name, in chars. */
    public static final int LONGEST = 9;

    private MonthNames() {
    }

    /** The month number 1–12 of the word {@code text[from, to)}, or 0 when it is not a month. */
    public static int monthOf(CharSequence text, int from, int to) {
        int length = to - from;
        if (length < 3 || length > LONGEST) {
            return 0;
        }
        int month = byPrefix(lower(text.charAt(from)), lower(text.charAt(from + 1)), lower(text.charAt(from + 2)));
        if (month == 0 || length == 3) {
            return month;
        }
        String full = FULL_NAMES[month - 1];
        if (length == full.length() && Chars.regionMatchesLower(text, from, full)) {
            return month;
        }
        return month == 9 && length == 4 && lower(text.charAt(from + 3)) == 't' ? month : 0;
    }

    private static final String[] FULL_NAMES = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int byPrefix(char a, char b, char c) {
        return switch (a) {
            case 'j' -> b == 'a' && c == 'n' ? 1 : b == 'u' && c == 'n' ? 6 : b == 'u' && c == 'l' ? 7 : 0;
            case 'f' -> b == 'e' && c == 'b' ? 2 : 0;
            case 'm' -> b == 'a' && c == 'r' ? 3 : b == 'a' && c == 'y' ? 5 : 0;
            case 'a' -> b == 'p' && c == 'r' ? 4 : b == 'u' && c == 'g' ? 8 : 0;
            case 's' -> b == 'e' && c == 'p' ? 9 : 0;
            case 'o' -> b == 'c' && c == 't' ? 10 : 0;
            case 'n' -> b == 'o' && c == 'v' ? 11 : 0;
            case 'd' -> b == 'e' && c == 'c' ? 12 : 0;
            default -> 0;
        };
    }
}
