package ai.datafog.adapter.policyfile;

import ai.datafog.domain.policy.PolicyDraft;
import ai.datafog.domain.policy.PolicyDraft.MatchDraft;
import ai.datafog.domain.policy.PolicyDraft.RuleDraft;
import ai.datafog.domain.policy.PolicyDraft.StepDraft;
import ai.datafog.domain.policy.PolicyValidation;
import ai.datafog.domain.policy.PolicyValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the policy file format of SPEC §6 (the original service's format, plus
 * {@code entity_requirements_any}) into a draft and validates it. Unknown fields are ignored; wrong
 * JSON types are problems like any other, reported together with the validator's.
 */
public final class PolicyJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PolicyJson() {
    }

    /** Every problem of the file, or the policy it describes. */
    public static PolicyValidation parse(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException malformed) {
            return new PolicyValidation.Invalid(List.of(describe(malformed)));
        }
        if (root == null || !root.isObject()) {
            return new PolicyValidation.Invalid(List.of("the policy must be a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        PolicyDraft draft = new PolicyDraft(
                text(root, "policy_id", "policy_id", problems),
                text(root, "policy_version", "policy_version", problems),
                text(root, "description", "description", problems),
                text(root, "updated_at", "updated_at", problems),
                steps(root, "default_transforms", "default_transforms", problems),
                rules(root, problems));
        PolicyValidation validation = PolicyValidator.validate(draft);
        if (problems.isEmpty()) {
            return validation;
        }
        if (validation instanceof PolicyValidation.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        return new PolicyValidation.Invalid(problems);
    }

    private static List<RuleDraft> rules(JsonNode root, List<String> problems) {
        JsonNode rules = array(root, "rules", "rules", problems);
        if (rules == null) {
            return null;
        }
        List<RuleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String where = "rules[" + i + "]";
            if (!rule.isObject()) {
                drafts.add(null);
                continue;
            }
            drafts.add(new RuleDraft(
                    text(rule, "id", where + ".id", problems),
                    text(rule, "description", where + ".description", problems),
                    integer(rule, "priority", where + ".priority", problems),
                    text(rule, "effect", where + ".effect", problems),
                    match(rule, where + ".match", problems),
                    bool(rule, "require_sensitive_only", where + ".require_sensitive_only", problems),
                    strings(rule, "entity_requirements", where + ".entity_requirements", problems),
                    strings(rule, "entity_requirements_any", where + ".entity_requirements_any", problems),
                    steps(rule, "entity_transforms", where + ".entity_transforms", problems)));
        }
        return drafts;
    }

    private static MatchDraft match(JsonNode rule, String where, List<String> problems) {
        JsonNode match = rule.get("match");
        if (match == null || match.isNull()) {
            return null;
        }
        if (!match.isObject()) {
            problems.add(where + " must be an object");
            return null;
        }
        return new MatchDraft(
                strings(match, "action_types", where + ".action_types", problems),
                strings(match, "tools", where + ".tools", problems),
                strings(match, "commands", where + ".commands", problems),
                strings(match, "args", where + ".args", problems),
                strings(match, "resource_prefix", where + ".resource_prefix", problems),
                strings(match, "adapters", where + ".adapters", problems));
    }

    private static List<StepDraft> steps(JsonNode parent, String field, String where, List<String> problems) {
        JsonNode steps = array(parent, field, where, problems);
        if (steps == null) {
            return null;
        }
        List<StepDraft> drafts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (!step.isObject()) {
                drafts.add(null);
                continue;
            }
            drafts.add(new StepDraft(text(step, "entity_type", where + "[" + i + "].entity_type", problems),
                    text(step, "mode", where + "[" + i + "].mode", problems)));
        }
        return drafts;
    }

    private static JsonNode array(JsonNode parent, String field, String where, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(where + " must be an array");
            return null;
        }
        return value;
    }

    private static List<String> strings(JsonNode parent, String field, String where, List<String> problems) {
        JsonNode values = array(parent, field, where, problems);
        if (values == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode item = values.get(i);
            if (item.isString()) {
                items.add(item.stringValue());
            } else {
                problems.add(where + "[" + i + "] must be a string");
            }
        }
        return items;
    }

    private static String text(JsonNode parent, String field, String where, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(where + " must be a string");
            return null;
        }
        return value.stringValue();
    }

    private static Integer integer(JsonNode parent, String field, String where, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(where + " must be a whole number");
            return null;
        }
        return value.intValue();
    }

    private static boolean bool(JsonNode parent, String field, String where, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(where + " must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    // Jackson's own messages quote the offending input; only the position is reported.
    private static String describe(JacksonException malformed) {
        TokenStreamLocation location = malformed.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "the policy is not valid JSON";
        }
        return "the policy is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
