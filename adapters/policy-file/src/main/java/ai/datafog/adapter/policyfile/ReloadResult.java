package ai.datafog.adapter.policyfile;

import ai.datafog.domain.policy.PolicyIdentity;

import java.util.List;

/** What one reload of a watched policy file did. */
public sealed interface ReloadResult {

    /** The file held a valid policy, which is now in force. */
    record Replaced(PolicyIdentity previous, PolicyIdentity current) implements ReloadResult {
    }

    /** The file's content did not change since it was last read. */
    record Unchanged() implements ReloadResult {
    }

    /** The file was unreadable or invalid; the previous policy stays in force. */
    record Rejected(PolicyIdentity kept, List<String> problems) implements ReloadResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
