package ai.datafog.domain.detection;

import java.util.Objects;

/** A detector's proposal before overlap resolution: type, UTF-16 char range [start, end) and confidence. */
public record Candidate(EntityType type, int start, int end, double confidence) {

    public Candidate {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("candidate range must be non-empty and non-negative");
        }
        if (Double.isNaN(confidence) || confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must be in [0, 1]");
        }
    }
}
