package ai.datafog.domain.detection.scan;

/** ASCII character classes and boundary tests shared by the hand-written scanners. */
public final class Chars {

    private Chars() {
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    public static boolean isAsciiAlnum(char c) {
        return isDigit(c) || isAsciiLetter(c);
    }

    /** Letters and digits of any script: a finding must not start or end inside a word. */
    public static boolean isWordChar(char c) {
        return isAsciiAlnum(c) || (c > 127 && Character.isLetterOrDigit(c));
    }

    public static char at(CharSequence text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }

    /** True when {@code index} is outside the text or holds no word character. */
    public static boolean noWordAt(CharSequence text, int index) {
        return !isWordChar(at(text, index));
    }

    public static boolean digitAt(CharSequence text, int index) {
        return isDigit(at(text, index));
    }

    /** True when the text at {@code index} is a separator followed by a digit ("-7", ".7"): a number continues. */
    public static boolean numberContinuesAt(CharSequence text, int index) {
        char c = at(text, index);
        if (isDigit(c)) {
            return true;
        }
        return (c == '-' || c == '.' || c == '/') && digitAt(text, index + 1);
    }

    /** True when the text just before {@code index} continues a number ("7-", "7.", a digit). */
    public static boolean numberEndsBefore(CharSequence text, int index) {
        char c = at(text, index - 1);
        if (isDigit(c)) {
            return true;
        }
        return (c == '-' || c == '.' || c == '/') && digitAt(text, index - 2);
    }

    /** Case-insensitive ASCII comparison of {@code text[at..]} with a lower-case {@code word}. */
    public static boolean regionMatchesLower(CharSequence text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first char at or after {@code from} that is not a digit. */
    public static int skipDigits(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
