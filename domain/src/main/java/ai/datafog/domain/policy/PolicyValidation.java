package ai.datafog.domain.policy;

import java.util.List;
import java.util.Objects;

/** The outcome of validating a policy draft: a usable policy, or every problem found in it. */
public sealed interface PolicyValidation {

    /** The draft was valid. */
    record Valid(Policy policy) implements PolicyValidation {
        public Valid {
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The draft was not valid; problems name fields and rule ids, in file order. */
    record Invalid(List<String> problems) implements PolicyValidation {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid policy has at least one problem");
            }
        }
    }
}
