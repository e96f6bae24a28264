package ai.datafog.domain.transform;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.TextSpan;

import java.util.Objects;

/** What one rewrite changed: an entity of {@code type} at {@code span} of the original text, by {@code mode}. */
public record AppliedTransform(EntityType type, TransformMode mode, TextSpan span) {

    public AppliedTransform {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(span, "span");
    }
}
