package ai.datafog.domain.transform;

import ai.datafog.domain.detection.EntityType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An ordered list of entity transforms with at most one mode per entity type. */
public record TransformPlan(List<EntityTransform> steps) {

    /**
     * The plan of the original service, used when a policy file declares no {@code default_transforms}:
     * masked contact data, tokenized phones, anonymized SSNs and redacted secrets and payment data.
     */
    public static final TransformPlan BUILT_IN_DEFAULT = new TransformPlan(List.of(
            new EntityTransform(EntityType.EMAIL, TransformMode.MASK),
            new EntityTransform(EntityType.PHONE, TransformMode.TOKENIZE),
            new EntityTransform(EntityType.SSN, TransformMode.ANONYMIZE),
            new EntityTransform(EntityType.API_KEY, TransformMode.REDACT),
            new EntityTransform(EntityType.CREDIT_CARD, TransformMode.REDACT),
            new EntityTransform(EntityType.IBAN, TransformMode.REDACT),
            new EntityTransform(EntityType.IP_ADDRESS, TransformMode.MASK),
            new EntityTransform(EntityType.DATE, TransformMode.MASK),
            new EntityTransform(EntityType.ZIP_CODE, TransformMode.MASK)));

    public static final TransformPlan EMPTY = new TransformPlan(List.of());

    public TransformPlan {
        steps = List.copyOf(steps);
        Set<EntityType> seen = EnumSet.noneOf(EntityType.class);
        for (EntityTransform step : steps) {
            if (!seen.add(step.type())) {
                throw new IllegalArgumentException("a transform plan lists entity type " + step.type() + " twice");
            }
        }
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public Optional<TransformMode> modeFor(EntityType type) {
        return steps.stream().filter(s -> s.type() == type).map(EntityTransform::mode).findFirst();
    }

    /** This plan followed by the steps of {@code other} for types this plan does not cover yet. */
    public TransformPlan union(TransformPlan other) {
        List<EntityTransform> merged = new ArrayList<>(steps);
        for (EntityTransform step : other.steps) {
            if (modeFor(step.type()).isEmpty()) {
                merged.add(step);
            }
        }
        return new TransformPlan(merged);
    }
}
