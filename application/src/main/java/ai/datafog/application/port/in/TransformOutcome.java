package ai.datafog.application.port.in;

import ai.datafog.domain.policy.PolicyIdentity;
import ai.datafog.domain.transform.TransformResult;

import java.util.List;
import java.util.Objects;

/** The answer of a transform or anonymize request: the rewritten text, or why the supplied findings were refused. */
public sealed interface TransformOutcome {

    /** The text was rewritten under {@code policy}. */
    record Transformed(TransformResult result, PolicyIdentity policy) implements TransformOutcome {
        public Transformed {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The supplied findings do not fit the text; problems never echo values. */
    record Rejected(List<String> problems) implements TransformOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
