package ai.datafog.domain.policy;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.policy.PolicyDraft.MatchDraft;
import ai.datafog.domain.policy.PolicyDraft.RuleDraft;
import ai.datafog.domain.policy.PolicyDraft.StepDraft;
import ai.datafog.domain.transform.EntityTransform;
import ai.datafog.domain.transform.TransformMode;
import ai.datafog.domain.transform.TransformPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Policy validation reports every problem at once and never builds a half-valid policy")
class PolicyValidatorTest {

    private static RuleDraft rule(String id, Integer priority, String effect) {
        return new RuleDraft(id, "d", priority, effect, null, false, null, null, null);
    }

    private static RuleDraft ruleWithMatch(String id, MatchDraft match) {
        return new RuleDraft(id, "d", 1, "allow", match, false, null, null, null);
    }

    private static PolicyDraft draft(RuleDraft... rules) {
        return new PolicyDraft("p", "v1", "desc", "2026-02-24T00:00:00Z", null, Arrays.asList(rules));
    }

    private static List<String> problems(PolicyDraft draft) {
        PolicyValidation validation = PolicyValidator.validate(draft);
        assertThat(validation).isInstanceOf(PolicyValidation.Invalid.class);
        return ((PolicyValidation.Invalid) validation).problems();
    }

    @Test
    @DisplayName("a valid draft becomes a policy with trimmed values, parsed effects, types and plans")
    void validDraft() {
        RuleDraft deny = new RuleDraft(" deny-shell-api-key ", "Deny keys in shell", 100, "DENY",
                new MatchDraft(List.of(" shell.exec "), null, null, null, null, List.of("claude")), true,
                List.of("api_key"), List.of("Email", "ssn"), List.of(new StepDraft("api_key", "redact")));
        PolicyDraft draft = new PolicyDraft(" corp ", " 7 ", "d", null,
                List.of(new StepDraft("email", "mask")), List.of(deny, rule("allow-all", null, "allow")));

        PolicyValidation validation = PolicyValidator.validate(draft);

        assertThat(validation).isInstanceOf(PolicyValidation.Valid.class);
        Policy policy = ((PolicyValidation.Valid) validation).policy();
        assertThat(policy.identity()).isEqualTo(new PolicyIdentity("corp", "7"));
        assertThat(policy.defaultPlan().steps()).containsExactly(new EntityTransform(EntityType.EMAIL, TransformMode.MASK));
        Rule first = policy.rules().get(0);
        assertThat(first.id()).isEqualTo("deny-shell-api-key");
        assertThat(first.effect()).isEqualTo(Effect.DENY);
        assertThat(first.match().actionTypes()).containsExactly("shell.exec");
        assertThat(first.requireSensitiveOnly()).isTrue();
        assertThat(first.entityRequirements()).containsExactly(EntityType.API_KEY);
        assertThat(first.entityRequirementsAny()).containsExactly(EntityType.EMAIL, EntityType.SSN);
        assertThat(first.entityTransforms().modeFor(EntityType.API_KEY)).contains(TransformMode.REDACT);
        assertThat(policy.rules().get(1).priority()).isZero();
    }

    @Test
    @DisplayName("a draft without default_transforms gets the built-in default plan")
    void missingDefaultPlan() {
        Policy policy = ((PolicyValidation.Valid) PolicyValidator.validate(draft(rule("a", 1, "allow")))).policy();

        assertThat(policy.defaultPlan()).isEqualTo(TransformPlan.BUILT_IN_DEFAULT);
    }

    static Stream<Arguments> singleProblems() {
        return Stream.of(
                Arguments.of("missing policy_id",
                        new PolicyDraft(null, "v", null, null, null, List.of(rule("a", 1, "allow"))), "policy_id is required"),
                Arguments.of("blank policy_version",
                        new PolicyDraft("p", " ", null, null, null, List.of(rule("a", 1, "allow"))), "policy_version is required"),
                Arguments.of("bad updated_at",
                        new PolicyDraft("p", "v", null, "yesterday", null, List.of(rule("a", 1, "allow"))),
                        "updated_at must be an RFC 3339 timestamp"),
                Arguments.of("no rules", new PolicyDraft("p", "v", null, null, null, List.of()),
                        "rules must contain at least one rule"),
                Arguments.of("missing rule id", draft(rule(null, 1, "allow")), "rules[0]: id is required"),
                Arguments.of("duplicate rule id", draft(rule("a", 1, "allow"), rule("a", 2, "deny")),
                        "rules[1] (a): duplicate rule id"),
                Arguments.of("negative priority", draft(rule("a", -1, "allow")), "rules[0] (a): priority must not be negative"),
                Arguments.of("unknown effect", draft(rule("a", 1, "permit")), "rules[0] (a): effect is not a known effect"),
                Arguments.of("missing effect", draft(rule("a", 1, null)), "rules[0] (a): effect is required"),
                Arguments.of("empty action type", draft(ruleWithMatch("a",
                        new MatchDraft(List.of("ok", " "), null, null, null, null, null))), "rules[0] (a): match.action_types[1] must not be empty"),
                Arguments.of("empty tool", draft(ruleWithMatch("a",
                        new MatchDraft(null, List.of(""), null, null, null, null))), "rules[0] (a): match.tools[0] must not be empty"),
                Arguments.of("empty command", draft(ruleWithMatch("a",
                        new MatchDraft(null, null, List.of(""), null, null, null))), "rules[0] (a): match.commands[0] must not be empty"),
                Arguments.of("empty arg", draft(ruleWithMatch("a",
                        new MatchDraft(null, null, null, List.of(""), null, null))), "rules[0] (a): match.args[0] must not be empty"),
                Arguments.of("empty resource prefix", draft(ruleWithMatch("a",
                        new MatchDraft(null, null, null, null, List.of(""), null))), "rules[0] (a): match.resource_prefix[0] must not be empty"),
                Arguments.of("null adapter", draft(ruleWithMatch("a",
                        new MatchDraft(null, null, null, null, null, Arrays.asList((String) null)))), "rules[0] (a): match.adapters[0] must not be empty"),
                Arguments.of("unknown required entity type", draft(new RuleDraft("a", "", 1, "deny", null, false,
                        List.of("passport"), null, null)), "rules[0] (a): entity_requirements[0] is not a known entity type"),
                Arguments.of("unknown any-of entity type", draft(new RuleDraft("a", "", 1, "deny", null, false,
                        null, List.of("email", "dna"), null)), "rules[0] (a): entity_requirements_any[1] is not a known entity type"),
                Arguments.of("unknown transform mode", draft(new RuleDraft("a", "", 1, "transform", null, false,
                        null, null, List.of(new StepDraft("email", "scramble")))), "rules[0] (a): entity_transforms[0].mode is not a known mode"),
                Arguments.of("missing transform entity type", draft(new RuleDraft("a", "", 1, "transform", null, false,
                        null, null, List.of(new StepDraft(null, "mask")))), "rules[0] (a): entity_transforms[0].entity_type is required"),
                Arguments.of("repeated transform entity type", draft(new RuleDraft("a", "", 1, "transform", null, false,
                        null, null, List.of(new StepDraft("email", "mask"), new StepDraft("EMAIL", "hash")))),
                        "rules[0] (a): entity_transforms[1].entity_type repeats an entity type listed before"),
                Arguments.of("unknown default mode", new PolicyDraft("p", "v", null, null,
                        List.of(new StepDraft("email", "blur")), List.of(rule("a", 1, "allow"))), "default_transforms[0].mode is not a known mode"),
                Arguments.of("null rule", draft((RuleDraft) null), "rules[0] must be an object"),
                Arguments.of("policy_id too long for a receipt",
                        new PolicyDraft("p".repeat(201), "v", null, null, null, List.of(rule("a", 1, "allow"))),
                        "policy_id must be at most 200 characters"),
                Arguments.of("policy_version with a control character",
                        new PolicyDraft("p", "v\u00001", null, null, null, List.of(rule("a", 1, "allow"))),
                        "policy_version must not hold control characters"),
                Arguments.of("rule id too long for a receipt", draft(rule("r".repeat(201), 1, "allow")),
                        "rules[0]: id must be at most 200 characters"),
                Arguments.of("rule id with a line break (not quoted back)", draft(rule("a\nforged log line", 1, "allow")),
                        "rules[0]: id must not hold control characters"),
                Arguments.of("description longer than a receipt's reason", draft(new RuleDraft("a", "d".repeat(2001), 1,
                        "deny", null, false, null, null, null)), "rules[0] (a): description must be at most 2000 characters"),
                Arguments.of("description with NUL", draft(new RuleDraft("a", "no\u0000pe", 1, "deny", null, false,
                        null, null, null)), "rules[0] (a): description must not hold NUL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleProblems")
    void eachProblemIsReported(String name, PolicyDraft draft, String expectedStart) {
        assertThat(problems(draft)).singleElement().asString().startsWith(expectedStart);
    }

    @Test
    @DisplayName("all problems of a file are reported together, in file order")
    void allProblemsAtOnce() {
        PolicyDraft draft = new PolicyDraft(null, null, null, null, List.of(new StepDraft("nope", "mask")), List.of(
                rule(null, 1, "allow"),
                rule("x", -5, "maybe"),
                rule("x", 1, "deny"),
                new RuleDraft("y", "", 1, "transform", new MatchDraft(List.of(""), null, null, null, null, null),
                        false, List.of("blood_type"), null, List.of(new StepDraft("email", "shred")))));

        List<String> problems = problems(draft);

        assertThat(problems).hasSize(10);
        assertThat(problems.get(0)).isEqualTo("policy_id is required");
        assertThat(problems.get(1)).isEqualTo("policy_version is required");
        assertThat(problems.get(2)).startsWith("default_transforms[0].entity_type is not a known entity type");
        assertThat(problems.get(3)).isEqualTo("rules[0]: id is required");
        assertThat(problems.get(4)).isEqualTo("rules[1] (x): priority must not be negative");
        assertThat(problems.get(5)).startsWith("rules[1] (x): effect is not a known effect");
        assertThat(problems.get(6)).isEqualTo("rules[2] (x): duplicate rule id");
        assertThat(problems.get(7)).isEqualTo("rules[3] (y): match.action_types[0] must not be empty");
        assertThat(problems.get(8)).startsWith("rules[3] (y): entity_requirements[0] is not a known entity type");
        assertThat(problems.get(9)).startsWith("rules[3] (y): entity_transforms[0].mode is not a known mode");
    }

    @Test
    @DisplayName("the longest ids and description a receipt keeps are valid")
    void limitsAreInclusive() {
        PolicyDraft draft = new PolicyDraft("p".repeat(200), "v".repeat(200), null, null, null, List.of(
                new RuleDraft("r".repeat(200), "d".repeat(2000), 1, "deny", null, false, null, null, null)));

        assertThat(PolicyValidator.validate(draft)).isInstanceOf(PolicyValidation.Valid.class);
    }

    @Test
    @DisplayName("problems name fields but never quote the offending values")
    void problemsDoNotQuoteValues() {
        PolicyDraft draft = draft(new RuleDraft("a", "", 1, "CANARY-effect", null, false,
                List.of("CANARY-type"), null, List.of(new StepDraft("email", "CANARY-mode"))));

        assertThat(problems(draft)).hasSize(3).noneMatch(p -> p.contains("CANARY"));
    }
}
