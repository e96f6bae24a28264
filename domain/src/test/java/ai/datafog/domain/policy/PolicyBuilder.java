package ai.datafog.domain.policy;

import ai.datafog.domain.transform.EntityTransform;
import ai.datafog.domain.transform.TransformPlan;

import java.util.ArrayList;
import java.util.List;

/** Test data: {@code aPolicy().with(aRule("a")).with(aRule("b")).build()}. */
public final class PolicyBuilder {

    private String id = "test-policy";
    private String version = "v1";
    private List<EntityTransform> defaultPlan = List.of();
    private final List<Rule> rules = new ArrayList<>();

    private PolicyBuilder() {
    }

    public static PolicyBuilder aPolicy() {
        return new PolicyBuilder();
    }

    public PolicyBuilder id(String value) {
        this.id = value;
        return this;
    }

    public PolicyBuilder version(String value) {
        this.version = value;
        return this;
    }

    public PolicyBuilder defaultPlan(EntityTransform... steps) {
        this.defaultPlan = List.of(steps);
        return this;
    }

    public PolicyBuilder with(RuleBuilder rule) {
        rules.add(rule.build());
        return this;
    }

    public PolicyBuilder with(Rule rule) {
        rules.add(rule);
        return this;
    }

    public Policy build() {
        return new Policy(new PolicyIdentity(id, version), "test", "", new TransformPlan(defaultPlan), rules);
    }
}
