package ai.datafog.domain.receipt;

import java.util.Objects;

/** Length and shape checks shared by receipt values, so a receipt always fits its table. */
final class ReceiptText {

    static final int SHORT = 200;
    private static final int HEX_DIGEST_LENGTH = 64;

    private ReceiptText() {
    }

    static String requireBounded(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be 1.." + maxLength + " characters");
        }
        return value;
    }

    static String optionalBounded(String value, String field, int maxLength) {
        return value == null ? null : requireBounded(value, field, maxLength);
    }

    static String requireHexDigest(String value, String field) {
        Objects.requireNonNull(value, field);
        if (!isLowerHex(value, HEX_DIGEST_LENGTH)) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex characters");
        }
        return value;
    }

    /** A plain loop, not a regex: a decision with many findings checks one fingerprint per finding. */
    private static boolean isLowerHex(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }
}
