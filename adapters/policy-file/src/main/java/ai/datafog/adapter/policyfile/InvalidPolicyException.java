package ai.datafog.adapter.policyfile;

import java.util.List;

/** A policy source that cannot be used: the message lists every problem and never quotes the file. */
public final class InvalidPolicyException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidPolicyException(String source, List<String> problems) {
        super(source + " is invalid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "): "
                + String.join("; ", problems), null, false, false);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
