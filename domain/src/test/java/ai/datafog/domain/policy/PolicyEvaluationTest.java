package ai.datafog.domain.policy;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.transform.EntityTransform;
import ai.datafog.domain.transform.TransformMode;
import ai.datafog.domain.transform.TransformPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static ai.datafog.domain.detection.EntityType.API_KEY;
import static ai.datafog.domain.detection.EntityType.EMAIL;
import static ai.datafog.domain.detection.EntityType.PHONE;
import static ai.datafog.domain.detection.EntityType.SSN;
import static ai.datafog.domain.policy.ActionBuilder.anAction;
import static ai.datafog.domain.policy.PolicyBuilder.aPolicy;
import static ai.datafog.domain.policy.RuleBuilder.aRule;
import static ai.datafog.domain.transform.TextFindings.findingOf;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Policy evaluation follows SPEC §6")
class PolicyEvaluationTest {

    private static Decision decide(Policy policy, Action action, EntityType... found) {
        return policy.evaluateTypes(action, Set.of(found));
    }

    @Nested
    @DisplayName("without a usable action or match")
    class Defaults {

        @ParameterizedTest(name = "action type [{0}] is denied")
        @CsvSource(value = {"''", "'   '", "NULL"}, nullValues = "NULL")
        void missingActionTypeIsDeniedEvenUnderACatchAllAllow(String type) {
            Policy policy = aPolicy().with(aRule("everything").effect(Effect.ALLOW)).build();

            Decision decision = decide(policy, Action.ofType(type));

            assertThat(decision.effect()).isEqualTo(Effect.DENY);
            assertThat(decision.reason()).isEqualTo("action.type is required");
            assertThat(decision.matchedRules()).isEmpty();
        }

        @Test
        @DisplayName("an action no rule matches is denied with reason 'no matching rule'")
        void noMatchIsDenied() {
            Policy policy = aPolicy().with(aRule("reads").actionTypes("file.read")).build();

            Decision decision = decide(policy, Action.ofType("file.write"));

            assertThat(decision.effect()).isEqualTo(Effect.DENY);
            assertThat(decision.reason()).isEqualTo("no matching rule");
            assertThat(decision.matchedRules()).isEmpty();
            assertThat(decision.transformPlan().isEmpty()).isTrue();
        }

        @Test
        @DisplayName("a decision names the policy and version that made it")
        void decisionCarriesPolicyIdentity() {
            Policy policy = aPolicy().id("corp").version("2025-06").with(aRule("all")).build();

            assertThat(decide(policy, Action.ofType("x")).policy()).isEqualTo(new PolicyIdentity("corp", "2025-06"));
        }
    }

    @Nested
    @DisplayName("matching")
    class Matching {

        @Test
        @DisplayName("action types, tools and commands match case-insensitively and ignore surrounding spaces")
        void caseInsensitiveEquality() {
            Policy policy = aPolicy().with(aRule("r").actionTypes("Shell.Exec").tools("Bash").commands("LS")).build();

            assertThat(decide(policy, anAction(" SHELL.exec ").tool("bash").command("ls").build()).effect())
                    .isEqualTo(Effect.ALLOW);
            assertThat(decide(policy, anAction("shell.exec").tool("zsh").command("ls").build()).effect())
                    .isEqualTo(Effect.DENY);
            assertThat(decide(policy, anAction("shell.exec").tool("bash").command("rm").build()).effect())
                    .isEqualTo(Effect.DENY);
        }

        @Test
        @DisplayName("args match only when every listed arg is present, in any case and order")
        void everyArgMustBePresent() {
            Policy policy = aPolicy().with(aRule("r").args("-r", "--Force")).build();

            assertThat(decide(policy, anAction("shell.exec").args("--force", "x", "-R").build()).effect())
                    .isEqualTo(Effect.ALLOW);
            assertThat(decide(policy, anAction("shell.exec").args("-r").build()).effect()).isEqualTo(Effect.DENY);
            assertThat(decide(policy, anAction("shell.exec").build()).effect()).isEqualTo(Effect.DENY);
        }

        @Test
        @DisplayName("resource_prefix matches when the resource starts with any listed prefix (case-sensitive)")
        void anyResourcePrefix() {
            Policy policy = aPolicy().with(aRule("r").resourcePrefixes("/tmp/", "/var/log/")).build();

            assertThat(decide(policy, anAction("file.write").resource("/var/log/app.log").build()).effect())
                    .isEqualTo(Effect.ALLOW);
            assertThat(decide(policy, anAction("file.write").resource("/etc/passwd").build()).effect())
                    .isEqualTo(Effect.DENY);
            assertThat(decide(policy, anAction("file.write").resource("/TMP/x").build()).effect())
                    .isEqualTo(Effect.DENY);
            assertThat(decide(policy, anAction("file.write").build()).effect()).isEqualTo(Effect.DENY);
        }

        @ParameterizedTest(name = "rule adapter {0} matches action adapter {1}: {2}")
        @CsvSource({
                "claude, claude, true", "claude, claude-code, true", "claude-code, claude, true",
                "codex, OpenAI-Codex, true", "openai-codex, codex, true", "CLAUDE, claude-code, true",
                "claude, codex, false", "codex, claude-code, false", "claude, '', false"})
        void adaptersMatchByAlias(String ruleAdapter, String actionAdapter, boolean matches) {
            Policy policy = aPolicy().with(aRule("r").adapters(ruleAdapter)).build();

            Effect effect = decide(policy, anAction("command.exec").adapter(actionAdapter).build()).effect();

            assertThat(effect).isEqualTo(matches ? Effect.ALLOW : Effect.DENY);
        }

        @Test
        @DisplayName("require_sensitive_only matches sensitive actions only")
        void sensitiveOnly() {
            Policy policy = aPolicy().with(aRule("r").sensitiveOnly()).build();

            assertThat(decide(policy, anAction("file.write").sensitive().build()).effect()).isEqualTo(Effect.ALLOW);
            assertThat(decide(policy, anAction("file.write").build()).effect()).isEqualTo(Effect.DENY);
        }

        @Test
        @DisplayName("entity_requirements needs every listed type among the findings")
        void allOfRequirements() {
            Policy policy = aPolicy().with(aRule("r").requires(EMAIL, PHONE)).build();

            assertThat(decide(policy, Action.ofType("x"), EMAIL, PHONE, SSN).effect()).isEqualTo(Effect.ALLOW);
            assertThat(decide(policy, Action.ofType("x"), EMAIL).effect()).isEqualTo(Effect.DENY);
        }

        @Test
        @DisplayName("entity_requirements_any needs at least one listed type among the findings")
        void anyOfRequirements() {
            Policy policy = aPolicy().with(aRule("r").requiresAny(EMAIL, SSN)).build();

            assertThat(decide(policy, Action.ofType("x"), SSN).effect()).isEqualTo(Effect.ALLOW);
            assertThat(decide(policy, Action.ofType("x"), PHONE).effect()).isEqualTo(Effect.DENY);
            assertThat(decide(policy, Action.ofType("x")).effect()).isEqualTo(Effect.DENY);
        }

        @Test
        @DisplayName("both requirement lists must hold together")
        void bothRequirementLists() {
            Policy policy = aPolicy().with(aRule("r").requires(API_KEY).requiresAny(EMAIL, SSN)).build();

            assertThat(decide(policy, Action.ofType("x"), API_KEY, SSN).effect()).isEqualTo(Effect.ALLOW);
            assertThat(decide(policy, Action.ofType("x"), API_KEY).effect()).isEqualTo(Effect.DENY);
            assertThat(decide(policy, Action.ofType("x"), EMAIL).effect()).isEqualTo(Effect.DENY);
        }
    }

    @Nested
    @DisplayName("outcome")
    class Outcome {

        @Test
        @DisplayName("matched_rules lists every match by priority, highest first, ties in file order")
        void matchedRulesInEvaluationOrder() {
            Policy policy = aPolicy()
                    .with(aRule("low").priority(1))
                    .with(aRule("tie-first").priority(50))
                    .with(aRule("high").priority(100))
                    .with(aRule("not-matching").priority(100).actionTypes("other"))
                    .with(aRule("tie-second").priority(50))
                    .build();

            assertThat(decide(policy, Action.ofType("x")).matchedRules())
                    .containsExactly("high", "tie-first", "tie-second", "low");
        }

        @Test
        @DisplayName("any matching deny wins, with the first deny rule's description as reason")
        void denyWins() {
            Policy policy = aPolicy()
                    .with(aRule("allow-high").priority(100).effect(Effect.ALLOW))
                    .with(aRule("transform").priority(90).effect(Effect.TRANSFORM))
                    .with(aRule("deny-low").priority(1).effect(Effect.DENY).description("no shell with keys"))
                    .with(aRule("deny-lower").priority(0).effect(Effect.DENY).description("second deny"))
                    .build();

            Decision decision = decide(policy, Action.ofType("shell.exec"));

            assertThat(decision.effect()).isEqualTo(Effect.DENY);
            assertThat(decision.reason()).isEqualTo("no shell with keys");
            assertThat(decision.matchedRules()).containsExactly("allow-high", "transform", "deny-low", "deny-lower");
            assertThat(decision.transformPlan().isEmpty()).isTrue();
        }

        @Test
        @DisplayName("a deny rule without description gives its id as reason")
        void denyWithoutDescription() {
            Policy policy = aPolicy().with(aRule("deny-x").effect(Effect.DENY)).build();

            assertThat(decide(policy, Action.ofType("x")).reason()).isEqualTo("rule deny-x");
        }

        @Test
        @DisplayName("transform beats allow_with_redaction and allow, with the union of the transform rules' plans")
        void transformUnion() {
            Policy policy = aPolicy()
                    .with(aRule("t1").priority(10).effect(Effect.TRANSFORM)
                            .transforms(step(EMAIL, TransformMode.MASK), step(PHONE, TransformMode.REPLACE)))
                    .with(aRule("t2").priority(5).effect(Effect.TRANSFORM)
                            .transforms(step(EMAIL, TransformMode.HASH), step(SSN, TransformMode.REDACT)))
                    .with(aRule("awr").priority(50).effect(Effect.ALLOW_WITH_REDACTION)
                            .transforms(step(API_KEY, TransformMode.REDACT)))
                    .with(aRule("allow").priority(60))
                    .build();

            Decision decision = decide(policy, Action.ofType("x"));

            assertThat(decision.effect()).isEqualTo(Effect.TRANSFORM);
            assertThat(decision.transformPlan().steps()).containsExactly(
                    step(EMAIL, TransformMode.MASK), step(PHONE, TransformMode.REPLACE), step(SSN, TransformMode.REDACT));
            assertThat(decision.matchedRules()).containsExactly("allow", "awr", "t1", "t2");
        }

        @Test
        @DisplayName("a transform rule without entity transforms uses the policy's default plan")
        void transformFallsBackToDefaultPlan() {
            Policy policy = aPolicy().defaultPlan(step(EMAIL, TransformMode.TOKENIZE))
                    .with(aRule("t").effect(Effect.TRANSFORM)).build();

            assertThat(decide(policy, Action.ofType("x")).transformPlan().steps())
                    .containsExactly(step(EMAIL, TransformMode.TOKENIZE));
        }

        @Test
        @DisplayName("a policy without default transforms falls back to the built-in default plan")
        void builtInDefaultPlan() {
            Policy policy = aPolicy().with(aRule("t").effect(Effect.TRANSFORM)).build();

            assertThat(decide(policy, Action.ofType("x")).transformPlan()).isEqualTo(TransformPlan.BUILT_IN_DEFAULT);
        }

        @Test
        @DisplayName("allow_with_redaction beats allow and carries its own plan")
        void allowWithRedaction() {
            Policy policy = aPolicy()
                    .with(aRule("allow").priority(100))
                    .with(aRule("awr").effect(Effect.ALLOW_WITH_REDACTION).description("redact contact data")
                            .transforms(step(EMAIL, TransformMode.REPLACE)))
                    .build();

            Decision decision = decide(policy, Action.ofType("x"));

            assertThat(decision.effect()).isEqualTo(Effect.ALLOW_WITH_REDACTION);
            assertThat(decision.reason()).isEqualTo("redact contact data");
            assertThat(decision.transformPlan().steps()).containsExactly(step(EMAIL, TransformMode.REPLACE));
        }

        @Test
        @DisplayName("allow_with_redaction without its own plan uses the default plan")
        void allowWithRedactionFallsBack() {
            Policy policy = aPolicy().defaultPlan(step(PHONE, TransformMode.MASK))
                    .with(aRule("awr").effect(Effect.ALLOW_WITH_REDACTION)).build();

            assertThat(decide(policy, Action.ofType("x")).transformPlan().steps())
                    .containsExactly(step(PHONE, TransformMode.MASK));
        }

        @Test
        @DisplayName("allow when only allow rules match, with an empty plan and the first rule's description")
        void allow() {
            Policy policy = aPolicy().with(aRule("a").description("reads are fine")).with(aRule("b")).build();

            Decision decision = decide(policy, Action.ofType("file.read"));

            assertThat(decision.effect()).isEqualTo(Effect.ALLOW);
            assertThat(decision.reason()).isEqualTo("reads are fine");
            assertThat(decision.matchedRules()).containsExactly("a", "b");
            assertThat(decision.transformPlan().isEmpty()).isTrue();
        }

        @Test
        @DisplayName("evaluation with findings looks only at their types")
        void evaluateWithFindings() {
            Policy policy = aPolicy().with(aRule("deny-keys").effect(Effect.DENY).requires(API_KEY))
                    .with(aRule("allow")).build();
            String text = "token=abc123";

            Decision decision = policy.evaluate(Action.ofType("shell.exec"),
                    List.of(findingOf(text, API_KEY, "abc123")));

            assertThat(decision.effect()).isEqualTo(Effect.DENY);
            assertThat(policy.evaluate(Action.ofType("shell.exec"), List.of()).effect()).isEqualTo(Effect.ALLOW);
        }
    }

    private static EntityTransform step(EntityType type, TransformMode mode) {
        return new EntityTransform(type, mode);
    }
}
