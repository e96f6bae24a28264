package ai.datafog.adapter.policyfile;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.policy.PolicyValidation;
import ai.datafog.domain.transform.TransformMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The policy file format: the original service's shape, unknown fields ignored, every problem reported")
class PolicyJsonTest {

    static final String SPEC_EXAMPLE = """
            {"policy_id": "corp", "policy_version": "7", "description": "example", "updated_at": "2026-02-24T00:00:00Z",
             "default_transforms": [{"entity_type": "email", "mode": "mask"}],
             "rules": [{"id": "deny-shell-api-key", "description": "no keys in shell", "priority": 100, "effect": "deny",
                        "match": {"action_types": ["shell.exec"], "tools": [], "commands": [], "args": [],
                                  "resource_prefix": [], "adapters": []},
                        "require_sensitive_only": false,
                        "entity_requirements": ["api_key"],
                        "entity_requirements_any": [],
                        "entity_transforms": [{"entity_type": "api_key", "mode": "redact"}]}]}
            """;

    // The original service's own file: no default_transforms, no entity_requirements_any, adapters by short name.
    static final String ORIGINAL_FORMAT = """
            {"policy_id": "datafog-mvp", "policy_version": "v2026-02-24-1", "description": "MVP",
             "updated_at": "2026-02-24T00:00:00Z", "owner": "platform-team",
             "rules": [
               {"id": "allow-claude-help", "description": "Allow claude help", "priority": 100, "effect": "allow",
                "match": {"action_types": ["command.exec"], "adapters": ["claude"], "commands": ["--help"]}},
               {"id": "deny-agent-shell-exec", "description": "Block shell-style invocation", "priority": 90,
                "effect": "deny", "match": {"action_types": ["command.exec"], "adapters": ["claude", "codex"],
                "commands": ["-lc"]}, "x-note": {"nested": [1, 2, 3]}},
               {"id": "transform-sensitive-file-write", "description": "Redact before writes", "priority": 80,
                "effect": "allow_with_redaction", "match": {"action_types": ["file.write"]},
                "entity_requirements": ["email"]}]}
            """;

    private static PolicyValidation parse(String json) {
        return PolicyJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Policy valid(String json) {
        PolicyValidation validation = parse(json);
        assertThat(validation).isInstanceOf(PolicyValidation.Valid.class);
        return ((PolicyValidation.Valid) validation).policy();
    }

    private static List<String> problems(String json) {
        PolicyValidation validation = parse(json);
        assertThat(validation).isInstanceOf(PolicyValidation.Invalid.class);
        return ((PolicyValidation.Invalid) validation).problems();
    }

    @Test
    @DisplayName("the SPEC §6 example is read field by field")
    void specExample() {
        Policy policy = valid(SPEC_EXAMPLE);

        assertThat(policy.identity().id()).isEqualTo("corp");
        assertThat(policy.updatedAt()).isEqualTo("2026-02-24T00:00:00Z");
        assertThat(policy.defaultPlan().modeFor(EntityType.EMAIL)).contains(TransformMode.MASK);
        assertThat(policy.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.priority()).isEqualTo(100);
            assertThat(rule.effect()).isEqualTo(Effect.DENY);
            assertThat(rule.match().actionTypes()).containsExactly("shell.exec");
            assertThat(rule.entityRequirements()).containsExactly(EntityType.API_KEY);
            assertThat(rule.entityTransforms().modeFor(EntityType.API_KEY)).contains(TransformMode.REDACT);
        });
    }

    @Test
    @DisplayName("the original service's file is accepted unchanged, unknown fields ignored, adapters matched by alias")
    void originalFormat() {
        Policy policy = valid(ORIGINAL_FORMAT);
        Action claudeShell = new Action("command.exec", "", "", "-lc", List.of(), false, "claude-code");

        assertThat(policy.rules()).extracting(r -> r.id())
                .containsExactly("allow-claude-help", "deny-agent-shell-exec", "transform-sensitive-file-write");
        assertThat(policy.evaluateTypes(claudeShell, Set.of()).effect()).isEqualTo(Effect.DENY);
        assertThat(policy.evaluateTypes(Action.ofType("file.write"), Set.of(EntityType.EMAIL)).effect())
                .isEqualTo(Effect.ALLOW_WITH_REDACTION);
    }

    @Test
    @DisplayName("wrong JSON types are reported together with the validation problems")
    void wrongTypesAndValidationTogether() {
        List<String> problems = problems("""
                {"policy_id": 12, "policy_version": "1", "default_transforms": {},
                 "rules": [{"id": "a", "priority": "high", "effect": "allow", "require_sensitive_only": "yes",
                            "match": {"action_types": "shell.exec", "tools": [3]}},
                           {"id": "b", "priority": 1.5, "effect": "allow", "match": []},
                           {"id": "a", "priority": -1, "effect": "nope"}]}
                """);

        assertThat(problems).containsExactly(
                "policy_id must be a string",
                "default_transforms must be an array",
                "rules[0].priority must be a whole number",
                "rules[0].match.action_types must be an array",
                "rules[0].match.tools[0] must be a string",
                "rules[0].require_sensitive_only must be true or false",
                "rules[1].priority must be a whole number",
                "rules[1].match must be an object",
                "policy_id is required",
                "rules[2] (a): duplicate rule id",
                "rules[2] (a): priority must not be negative",
                "rules[2] (a): effect is not a known effect (valid: allow, allow_with_redaction, transform, deny)");
    }

    @Test
    @DisplayName("malformed JSON is one problem naming the position, never the content")
    void malformedJson() {
        List<String> problems = problems("{\"policy_id\": \"p\",\n  \"rules\": [CANARY-secret-value]}");

        assertThat(problems).singleElement().asString()
                .startsWith("the policy is not valid JSON (line 2, column").doesNotContain("CANARY");
    }

    @Test
    @DisplayName("duplicate keys, a non-object root and an empty file are refused")
    void otherShapes() {
        assertThat(problems("{\"policy_id\": \"a\", \"policy_id\": \"b\"}")).singleElement().asString()
                .startsWith("the policy is not valid JSON");
        assertThat(problems("[1, 2]")).containsExactly("the policy must be a JSON object");
        assertThat(problems("")).hasSize(1);
    }
}
