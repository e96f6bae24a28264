package ai.datafog.domain.detection.validate;

/** The ISO 7064 MOD 97-10 check used by IBANs: move the first four chars to the end, letters become 10..35. */
public final class Mod97 {

    private Mod97() {
    }

    /** True when the compact, upper-case IBAN's remainder mod 97 is 1. */
    public static boolean isValidIban(CharSequence iban) {
        if (iban.length() < 5) {
            return false;
        }
        int remainder = 0;
        int n = iban.length();
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }
}
