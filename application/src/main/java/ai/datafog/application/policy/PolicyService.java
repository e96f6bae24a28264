package ai.datafog.application.policy;

import ai.datafog.application.port.in.EvaluatePolicyUseCase;
import ai.datafog.application.port.in.GetPolicyVersionUseCase;
import ai.datafog.application.port.out.CurrentPolicy;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Decision;
import ai.datafog.domain.policy.PolicyIdentity;

import java.util.List;
import java.util.Objects;

/** Answers policy questions from the policy in force at the moment of the call. */
public final class PolicyService implements EvaluatePolicyUseCase, GetPolicyVersionUseCase {

    private final CurrentPolicy policy;

    public PolicyService(CurrentPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Decision evaluate(Action action, List<Finding> findings) {
        return policy.current().evaluate(action, findings);
    }

    @Override
    public PolicyIdentity currentVersion() {
        return policy.current().identity();
    }
}
