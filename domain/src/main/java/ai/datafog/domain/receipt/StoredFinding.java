package ai.datafog.domain.receipt;

import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.detection.EntityType;

import java.util.Objects;

/**
 * A finding as a receipt keeps it: type, code point offsets, confidence and a keyed fingerprint of
 * the value. There is deliberately no value field, so no code path can persist one.
 */
public record StoredFinding(EntityType type, int start, int end, double confidence, String fingerprint) {

    private static final String FINGERPRINT_DOMAIN = "datafog:fingerprint:";

    public StoredFinding {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("finding offsets must satisfy 0 <= start <= end");
        }
        if (Double.isNaN(confidence) || confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must be in [0, 1]");
        }
        ReceiptText.requireHexDigest(fingerprint, "fingerprint");
    }

    /**
     * The fingerprint of {@code value}: a keyed digest under its own domain, so it equals neither the
     * {@code hash} transform of the same value (a plain HMAC of it) nor a token: output handed to
     * another system cannot be matched against receipts.
     */
    public static String fingerprint(Digests values, String value) {
        return values.hex(FINGERPRINT_DOMAIN + value);
    }
}
