package ai.datafog.domain.policy;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.transform.TransformPlan;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated, immutable policy (SPEC §6). Build one through {@link PolicyValidator}, which reports
 * every problem of a draft at once; the constructor only guards the invariants evaluation relies on.
 */
public final class Policy {

    static final String NO_TYPE_REASON = "action.type is required";
    static final String NO_MATCH_REASON = "no matching rule";

    private final PolicyIdentity identity;
    private final String description;
    private final String updatedAt;
    private final TransformPlan defaultPlan;
    private final List<Rule> rules;
    private final List<Rule> evaluationOrder;
    private final AdapterAliases aliases;

    public Policy(PolicyIdentity identity, String description, String updatedAt, TransformPlan defaultPlan,
                  List<Rule> rules) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.description = description == null ? "" : description;
        this.updatedAt = updatedAt == null ? "" : updatedAt;
        this.defaultPlan = defaultPlan.isEmpty() ? TransformPlan.BUILT_IN_DEFAULT : defaultPlan;
        this.rules = List.copyOf(rules);
        if (this.rules.isEmpty()) {
            throw new IllegalArgumentException("a policy needs at least one rule");
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : this.rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("duplicate rule id " + rule.id());
            }
        }
        // List.sort is stable: rules of equal priority keep their file order.
        this.evaluationOrder = List.copyOf(this.rules.stream()
                .sorted(Comparator.comparingInt(Rule::priority).reversed())
                .toList());
        this.aliases = AdapterAliases.DEFAULT;
    }

    public PolicyIdentity identity() {
        return identity;
    }

    public String description() {
        return description;
    }

    /** The file's {@code updated_at}, as written; empty when absent. */
    public String updatedAt() {
        return updatedAt;
    }

    /** The plan used by {@code transform} decisions without entity transforms and by {@code /v1/transform} without modes. */
    public TransformPlan defaultPlan() {
        return defaultPlan;
    }

    /** The rules in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rules by priority, highest first, ties in file order. */
    public List<Rule> evaluationOrder() {
        return evaluationOrder;
    }

    /** Decides on {@code action} given the findings in the text involved (SPEC §6). */
    public Decision evaluate(Action action, Collection<Finding> findings) {
        Set<EntityType> found = EnumSet.noneOf(EntityType.class);
        findings.forEach(f -> found.add(f.type()));
        return evaluateTypes(action, found);
    }

    /** Decides on {@code action} given the entity types found in the text involved. */
    public Decision evaluateTypes(Action action, Set<EntityType> found) {
        if (!action.hasType()) {
            return new Decision(Effect.DENY, List.of(), NO_TYPE_REASON, TransformPlan.EMPTY, identity);
        }
        List<Rule> matched = evaluationOrder.stream().filter(r -> r.matches(action, found, aliases)).toList();
        List<String> ids = matched.stream().map(Rule::id).toList();
        Effect strongest = matched.stream().map(Rule::effect).max(Comparator.naturalOrder()).orElse(null);
        if (strongest == null) {
            return new Decision(Effect.DENY, List.of(), NO_MATCH_REASON, TransformPlan.EMPTY, identity);
        }
        List<Rule> deciding = matched.stream().filter(r -> r.effect() == strongest).toList();
        TransformPlan plan = switch (strongest) {
            case TRANSFORM, ALLOW_WITH_REDACTION -> planOf(deciding);
            case ALLOW, DENY -> TransformPlan.EMPTY;
        };
        return new Decision(strongest, ids, deciding.get(0).reason(), plan, identity);
    }

    // The union of the deciding rules' transforms, the higher-priority rule winning a type; else the default plan.
    private TransformPlan planOf(List<Rule> deciding) {
        TransformPlan union = TransformPlan.EMPTY;
        for (Rule rule : deciding) {
            union = union.union(rule.entityTransforms());
        }
        return union.isEmpty() ? defaultPlan : union;
    }

    @Override
    public String toString() {
        return "Policy[" + identity.id() + "@" + identity.version() + ", rules=" + rules.size() + "]";
    }
}
