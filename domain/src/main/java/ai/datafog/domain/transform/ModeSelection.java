package ai.datafog.domain.transform;

import ai.datafog.domain.detection.EntityType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which mode rewrites an entity type: the caller's per-type mode, else the caller's mode for all
 * types, else the policy's default plan, else {@code redact} — an entity is never left as it was.
 */
public record ModeSelection(Map<EntityType, TransformMode> perEntity, Optional<TransformMode> overall, TransformPlan plan) {

    public ModeSelection {
        perEntity = perEntity.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(perEntity));
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(plan, "plan");
    }

    /** Every entity rewritten with {@code mode}. */
    public static ModeSelection everything(TransformMode mode) {
        return new ModeSelection(Map.of(), Optional.of(mode), TransformPlan.EMPTY);
    }

    /** Only the plan (with {@code redact} for the types it does not cover). */
    public static ModeSelection plan(TransformPlan plan) {
        return new ModeSelection(Map.of(), Optional.empty(), plan);
    }

    public TransformMode modeFor(EntityType type) {
        TransformMode chosen = perEntity.get(type);
        if (chosen != null) {
            return chosen;
        }
        return overall.or(() -> plan.modeFor(type)).orElse(TransformMode.REDACT);
    }
}
