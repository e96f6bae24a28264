package ai.datafog.domain.detection.validate;

/** The Luhn (mod 10) check digit rule used by payment card numbers. */
public final class Luhn {

    private Luhn() {
    }

    /** True when {@code digits} (ASCII digits only, at least two) passes the Luhn check. */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() < 2) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
