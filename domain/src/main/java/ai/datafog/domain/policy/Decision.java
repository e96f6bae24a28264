package ai.datafog.domain.policy;

import ai.datafog.domain.transform.TransformPlan;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating a policy for one action: the effect, every matching rule id in
 * evaluation order, the reason, the transform plan (empty unless transforming) and the policy.
 */
public record Decision(Effect effect, List<String> matchedRules, String reason, TransformPlan transformPlan,
                       PolicyIdentity policy) {

    public Decision {
        Objects.requireNonNull(effect, "effect");
        matchedRules = List.copyOf(matchedRules);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(transformPlan, "transformPlan");
        Objects.requireNonNull(policy, "policy");
    }

    public boolean isDeny() {
        return effect == Effect.DENY;
    }
}
