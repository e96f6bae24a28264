package ai.datafog.application.port.in;

import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Decision;

import java.util.List;

/** Decides on an action under the policy in force (SPEC §6); the decision names that policy and version. */
public interface EvaluatePolicyUseCase {

    Decision evaluate(Action action, List<Finding> findings);
}
