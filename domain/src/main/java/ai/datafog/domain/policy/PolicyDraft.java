package ai.datafog.domain.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A policy as written in a file, before validation: every field may be missing ({@code null}) or
 * wrong. Only {@link PolicyValidator} turns a draft into a {@link Policy}.
 */
public record PolicyDraft(String policyId, String policyVersion, String description, String updatedAt,
                          List<StepDraft> defaultTransforms, List<RuleDraft> rules) {

    public PolicyDraft {
        defaultTransforms = listOrEmpty(defaultTransforms);
        rules = listOrEmpty(rules);
    }

    /** A rule as written; a missing {@code priority} means 0 and a missing {@code match} matches every action. */
    public record RuleDraft(String id, String description, Integer priority, String effect, MatchDraft match,
                            boolean requireSensitiveOnly, List<String> entityRequirements,
                            List<String> entityRequirementsAny, List<StepDraft> entityTransforms) {

        public RuleDraft {
            match = match == null ? MatchDraft.EMPTY : match;
            entityRequirements = listOrEmpty(entityRequirements);
            entityRequirementsAny = listOrEmpty(entityRequirementsAny);
            entityTransforms = listOrEmpty(entityTransforms);
        }
    }

    /** Match criteria as written; each list may be missing. */
    public record MatchDraft(List<String> actionTypes, List<String> tools, List<String> commands, List<String> args,
                             List<String> resourcePrefix, List<String> adapters) {

        static final MatchDraft EMPTY = new MatchDraft(null, null, null, null, null, null);

        public MatchDraft {
            actionTypes = listOrEmpty(actionTypes);
            tools = listOrEmpty(tools);
            commands = listOrEmpty(commands);
            args = listOrEmpty(args);
            resourcePrefix = listOrEmpty(resourcePrefix);
            adapters = listOrEmpty(adapters);
        }
    }

    /** An {@code {"entity_type", "mode"}} pair as written. */
    public record StepDraft(String entityType, String mode) {
    }

    // Null elements stay (as null) so that the validator can report them instead of a crash here.
    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
