package ai.datafog.domain.policy;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.transform.TransformPlan;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One policy rule (SPEC §6): it matches an action when its criteria match, the action is sensitive
 * if {@code requireSensitiveOnly}, every type of {@code entityRequirements} was found and, when
 * {@code entityRequirementsAny} is not empty, at least one of its types was found.
 */
public record Rule(String id, String description, int priority, Effect effect, MatchCriteria match,
                   boolean requireSensitiveOnly, List<EntityType> entityRequirements,
                   List<EntityType> entityRequirementsAny, TransformPlan entityTransforms) {

    public Rule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        description = description == null ? "" : description;
        if (priority < 0) {
            throw new IllegalArgumentException("rule priority must not be negative");
        }
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(match, "match");
        entityRequirements = List.copyOf(entityRequirements);
        entityRequirementsAny = List.copyOf(entityRequirementsAny);
        Objects.requireNonNull(entityTransforms, "entityTransforms");
    }

    public boolean matches(Action action, Set<EntityType> found, AdapterAliases aliases) {
        return match.matches(action, aliases)
                && (!requireSensitiveOnly || action.sensitive())
                && found.containsAll(entityRequirements)
                && (entityRequirementsAny.isEmpty() || entityRequirementsAny.stream().anyMatch(found::contains));
    }

    /** The description when there is one, else the rule id: what a decision gives as its reason. */
    public String reason() {
        return description.isBlank() ? "rule " + id : description;
    }
}
