package ai.datafog.domain.receipt;

import java.util.Objects;
import java.util.regex.Pattern;

/** Length and shape checks shared by receipt values, so a receipt always fits its table. */
final class ReceiptText {

    static final int SHORT = 200;
    static final int REASON = 2000;
    private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-f]{64}");

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
        if (!HEX_DIGEST.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex characters");
        }
        return value;
    }
}
