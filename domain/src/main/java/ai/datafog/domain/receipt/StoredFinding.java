package ai.datafog.domain.receipt;

import ai.datafog.domain.detection.EntityType;

import java.util.Objects;

/**
 * A finding as a receipt keeps it: type, code point offsets, confidence and a keyed fingerprint of
 * the value. There is deliberately no value field, so no code path can persist one.
 */
public record StoredFinding(EntityType type, int start, int end, double confidence, String fingerprint) {

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
}
