package ai.datafog.domain.transform;

import ai.datafog.domain.detection.Confidence;
import ai.datafog.domain.detection.EntityType;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding as a caller sent it, not yet checked against the text it claims to describe: offsets
 * may be out of range and the value (absent when the caller's scan omitted values) may not match.
 */
public record SuppliedFinding(EntityType type, int start, int end, Optional<String> value, Confidence confidence) {

    public SuppliedFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** Never prints the value. */
    @Override
    public String toString() {
        return "SuppliedFinding[" + type + " " + start + ".." + end + "]";
    }
}
