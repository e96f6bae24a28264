package ai.datafog.domain.detection.validate;

/** Known payment card issuer prefixes (IIN ranges) and the lengths each issues. */
public final class CardIssuers {

    private CardIssuers() {
    }

    /** True when the digit string starts with a known issuer prefix valid for its length. */
    public static boolean isKnown(CharSequence digits) {
        int n = digits.length();
        if (n < 13 || n > 19) {
            return false;
        }
        int p1 = prefix(digits, 1);
        int p2 = prefix(digits, 2);
        int p3 = prefix(digits, 3);
        int p4 = prefix(digits, 4);
        int p6 = prefix(digits, 6);
        if (p1 == 4) {
            return n == 13 || n == 16 || n == 19;
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return n == 16;
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15;
        }
        if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
            return n >= 16;
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 || p3 == 309) {
            return n >= 14;
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16;
        }
        if (p2 == 62) {
            return n >= 16;
        }
        boolean maestro = p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304
                || p4 == 6759 || p4 == 6761 || p4 == 6762 || p4 == 6763;
        return maestro && n >= 13;
    }

    private static int prefix(CharSequence digits, int length) {
        int value = 0;
        for (int i = 0; i < length; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }
}
