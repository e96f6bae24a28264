package ai.datafog.domain.policy;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.transform.EntityTransform;
import ai.datafog.domain.transform.TransformPlan;

import java.util.List;

/** Test data: {@code aRule("id").effect(Effect.DENY).actionTypes("shell.exec").build()}. */
public final class RuleBuilder {

    private final String id;
    private String description = "";
    private int priority;
    private Effect effect = Effect.ALLOW;
    private List<String> actionTypes = List.of();
    private List<String> tools = List.of();
    private List<String> commands = List.of();
    private List<String> args = List.of();
    private List<String> resourcePrefixes = List.of();
    private List<String> adapters = List.of();
    private boolean sensitiveOnly;
    private List<EntityType> requirements = List.of();
    private List<EntityType> requirementsAny = List.of();
    private List<EntityTransform> transforms = List.of();

    private RuleBuilder(String id) {
        this.id = id;
    }

    public static RuleBuilder aRule(String id) {
        return new RuleBuilder(id);
    }

    public RuleBuilder description(String value) {
        this.description = value;
        return this;
    }

    public RuleBuilder priority(int value) {
        this.priority = value;
        return this;
    }

    public RuleBuilder effect(Effect value) {
        this.effect = value;
        return this;
    }

    public RuleBuilder actionTypes(String... values) {
        this.actionTypes = List.of(values);
        return this;
    }

    public RuleBuilder tools(String... values) {
        this.tools = List.of(values);
        return this;
    }

    public RuleBuilder commands(String... values) {
        this.commands = List.of(values);
        return this;
    }

    public RuleBuilder args(String... values) {
        this.args = List.of(values);
        return this;
    }

    public RuleBuilder resourcePrefixes(String... values) {
        this.resourcePrefixes = List.of(values);
        return this;
    }

    public RuleBuilder adapters(String... values) {
        this.adapters = List.of(values);
        return this;
    }

    public RuleBuilder sensitiveOnly() {
        this.sensitiveOnly = true;
        return this;
    }

    public RuleBuilder requires(EntityType... types) {
        this.requirements = List.of(types);
        return this;
    }

    public RuleBuilder requiresAny(EntityType... types) {
        this.requirementsAny = List.of(types);
        return this;
    }

    public RuleBuilder transforms(EntityTransform... steps) {
        this.transforms = List.of(steps);
        return this;
    }

    public Rule build() {
        return new Rule(id, description, priority, effect,
                new MatchCriteria(actionTypes, tools, commands, args, resourcePrefixes, adapters),
                sensitiveOnly, requirements, requirementsAny, new TransformPlan(transforms));
    }
}
