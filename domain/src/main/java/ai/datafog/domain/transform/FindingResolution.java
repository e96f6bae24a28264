package ai.datafog.domain.transform;

import ai.datafog.domain.detection.Finding;

import java.util.List;

/** The outcome of checking supplied findings against a text: usable findings, or every problem found. */
public sealed interface FindingResolution {

    /** All findings are within the text, match it and do not overlap; ordered by start. */
    record Resolved(List<Finding> findings) implements FindingResolution {
        public Resolved {
            findings = List.copyOf(findings);
        }
    }

    /** At least one finding is unusable; problems name findings by index and never echo values. */
    record Rejected(List<String> problems) implements FindingResolution {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one problem");
            }
        }
    }
}
