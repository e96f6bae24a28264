package ai.datafog.domain.transform;

import ai.datafog.domain.detection.EntityType;

import java.util.Objects;

/** One step of a transform plan: entities of {@code type} are rewritten with {@code mode}. */
public record EntityTransform(EntityType type, TransformMode mode) {

    public EntityTransform {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
    }

    /** The {@code entity:mode} pair used in {@code stats.modes_applied}. */
    public String pair() {
        return type.wireName() + ":" + mode.wireName();
    }
}
