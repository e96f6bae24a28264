package ai.datafog.domain.policy;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.transform.EntityTransform;
import ai.datafog.domain.transform.TransformMode;
import ai.datafog.domain.transform.TransformPlan;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a draft into a policy, or reports every problem of it at once (SPEC §6): missing ids,
 * duplicate rule ids, negative priorities, unknown effects, empty match strings, unknown entity
 * types and unknown modes, and what no receipt could keep: ids, versions and rule ids longer than
 * {@value #MAX_ID_LENGTH} characters or holding control characters, descriptions (a decision's
 * reason) longer than {@value #MAX_DESCRIPTION_LENGTH} or holding NUL. Problems name fields and
 * (valid) rule ids; they never quote other file content.
 */
public final class PolicyValidator {

    /** The longest policy id, version or rule id: receipts keep them in 200-character columns. */
    public static final int MAX_ID_LENGTH = 200;
    /** The longest rule description: a receipt keeps it as the decision's reason. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    private static final String VALID_TYPES = " (valid: " + String.join(", ", EntityType.wireNames()) + ")";
    private static final String VALID_MODES = " (valid: " + String.join(", ", TransformMode.wireNames()) + ")";
    private static final String VALID_EFFECTS = " (valid: " + String.join(", ", Effect.wireNames()) + ")";

    private PolicyValidator() {
    }

    public static PolicyValidation validate(PolicyDraft draft) {
        List<String> problems = new ArrayList<>();
        String id = required(draft.policyId(), "policy_id", problems);
        String version = required(draft.policyVersion(), "policy_version", problems);
        if (draft.updatedAt() != null && !isTimestamp(draft.updatedAt())) {
            problems.add("updated_at must be an RFC 3339 timestamp");
        }
        TransformPlan defaultPlan = plan(draft.defaultTransforms(), "default_transforms", problems);
        if (draft.rules().isEmpty()) {
            problems.add("rules must contain at least one rule");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < draft.rules().size(); i++) {
            rule(draft.rules().get(i), i, ruleIds, problems).ifPresent(rules::add);
        }
        if (!problems.isEmpty()) {
            return new PolicyValidation.Invalid(problems);
        }
        return new PolicyValidation.Valid(new Policy(new PolicyIdentity(id, version), draft.description(),
                draft.updatedAt(), defaultPlan, rules));
    }

    private static Optional<Rule> rule(PolicyDraft.RuleDraft draft, int index, Set<String> ruleIds, List<String> problems) {
        if (draft == null) {
            problems.add("rules[" + index + "] must be an object");
            return Optional.empty();
        }
        int before = problems.size();
        String ruleId = draft.id() == null ? "" : draft.id().trim();
        String idProblem = idProblem(ruleId);
        String where = ruleId.isEmpty() || idProblem != null ? "rules[" + index + "]" : "rules[" + index + "] (" + ruleId + ")";
        if (ruleId.isEmpty()) {
            problems.add(where + ": id is required");
        } else if (idProblem != null) {
            problems.add(where + ": id " + idProblem);
        } else if (!ruleIds.add(ruleId)) {
            problems.add(where + ": duplicate rule id");
        }
        if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION_LENGTH) {
            problems.add(where + ": description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        } else if (draft.description() != null && draft.description().indexOf('\u0000') >= 0) {
            problems.add(where + ": description must not hold NUL (U+0000)");
        }
        int priority = draft.priority() == null ? 0 : draft.priority();
        if (priority < 0) {
            problems.add(where + ": priority must not be negative");
        }
        Effect effect = null;
        if (draft.effect() == null || draft.effect().isBlank()) {
            problems.add(where + ": effect is required" + VALID_EFFECTS);
        } else {
            effect = Effect.fromWireName(draft.effect()).orElse(null);
            if (effect == null) {
                problems.add(where + ": effect is not a known effect" + VALID_EFFECTS);
            }
        }
        PolicyDraft.MatchDraft m = draft.match();
        MatchCriteria match = new MatchCriteria(
                strings(m.actionTypes(), where + ": match.action_types", problems),
                strings(m.tools(), where + ": match.tools", problems),
                strings(m.commands(), where + ": match.commands", problems),
                strings(m.args(), where + ": match.args", problems),
                strings(m.resourcePrefix(), where + ": match.resource_prefix", problems),
                strings(m.adapters(), where + ": match.adapters", problems));
        List<EntityType> all = types(draft.entityRequirements(), where + ": entity_requirements", problems);
        List<EntityType> any = types(draft.entityRequirementsAny(), where + ": entity_requirements_any", problems);
        TransformPlan transforms = plan(draft.entityTransforms(), where + ": entity_transforms", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Rule(ruleId, draft.description(), priority, effect, match,
                draft.requireSensitiveOnly(), all, any, transforms));
    }

    private static String required(String value, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
            return "";
        }
        String problem = idProblem(value.trim());
        if (problem != null) {
            problems.add(field + " " + problem);
        }
        return value.trim();
    }

    /** Why {@code id} cannot be kept in a receipt, or null when it can. */
    private static String idProblem(String id) {
        if (id.length() > MAX_ID_LENGTH) {
            return "must be at most " + MAX_ID_LENGTH + " characters";
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            return "must not hold control characters";
        }
        return null;
    }

    private static List<String> strings(List<String> values, String field, List<String> problems) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                problems.add(field + "[" + i + "] must not be empty");
            } else {
                kept.add(value.trim());
            }
        }
        return kept;
    }

    private static List<EntityType> types(List<String> names, String field, List<String> problems) {
        Set<EntityType> kept = EnumSet.noneOf(EntityType.class);
        List<EntityType> ordered = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<EntityType> type = EntityType.fromWireName(names.get(i));
            if (type.isEmpty()) {
                problems.add(field + "[" + i + "] is not a known entity type" + VALID_TYPES);
            } else if (kept.add(type.get())) {
                ordered.add(type.get());
            }
        }
        return ordered;
    }

    private static TransformPlan plan(List<PolicyDraft.StepDraft> steps, String field, List<String> problems) {
        List<EntityTransform> kept = new ArrayList<>();
        Set<EntityType> seen = EnumSet.noneOf(EntityType.class);
        for (int i = 0; i < steps.size(); i++) {
            PolicyDraft.StepDraft step = steps.get(i);
            String where = field + "[" + i + "]";
            if (step == null) {
                problems.add(where + " must be an object");
                continue;
            }
            Optional<EntityType> type = EntityType.fromWireName(step.entityType());
            Optional<TransformMode> mode = TransformMode.fromWireName(step.mode());
            if (type.isEmpty()) {
                problems.add(where + ".entity_type is " + (step.entityType() == null ? "required" : "not a known entity type") + VALID_TYPES);
            }
            if (mode.isEmpty()) {
                problems.add(where + ".mode is " + (step.mode() == null ? "required" : "not a known mode") + VALID_MODES);
            }
            if (type.isPresent() && !seen.add(type.get())) {
                problems.add(where + ".entity_type repeats an entity type listed before");
            } else if (type.isPresent() && mode.isPresent()) {
                kept.add(new EntityTransform(type.get(), mode.get()));
            }
        }
        return new TransformPlan(kept);
    }

    private static boolean isTimestamp(String text) {
        try {
            OffsetDateTime.parse(text.trim());
            return true;
        } catch (DateTimeParseException notRfc3339) {
            return false;
        }
    }
}
