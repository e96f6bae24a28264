package ai.datafog.adapter.policyfile;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Decision;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.transform.TransformMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The built-in default policy does what docs/policy.md says")
class BuiltInPolicyTest {

    private final Policy policy = PolicyFiles.builtIn();

    private Decision decide(String type, EntityType... found) {
        return policy.evaluateTypes(Action.ofType(type), Set.of(found));
    }

    @Test
    @DisplayName("shell commands carrying an API key are denied")
    void denyShellWithApiKey() {
        Decision decision = decide("shell.exec", EntityType.API_KEY, EntityType.EMAIL);

        assertThat(decision.effect()).isEqualTo(Effect.DENY);
        assertThat(decision.reason()).isEqualTo("Deny shell commands that carry an API key");
        assertThat(decision.matchedRules()).containsExactly("deny-shell-api-key", "redact-sensitive-egress");
    }

    @ParameterizedTest(name = "{0} carrying {1} is allowed with redaction")
    @CsvSource({"file.write, email", "http.request, phone", "shell.exec, ssn", "file.write, credit_card",
            "http.request, iban", "file.write, api_key"})
    void redactBeforeEgress(String type, String entity) {
        Decision decision = decide(type, EntityType.fromWireName(entity).orElseThrow());

        assertThat(decision.effect()).isEqualTo(Effect.ALLOW_WITH_REDACTION);
        assertThat(decision.transformPlan().modeFor(EntityType.EMAIL)).contains(TransformMode.MASK);
        assertThat(decision.transformPlan().modeFor(EntityType.API_KEY)).contains(TransformMode.REDACT);
    }

    @ParameterizedTest(name = "{0} is allowed")
    @CsvSource({"file.read", "annotation.default", "annotation.custom", "FILE.READ"})
    void allowed(String type) {
        assertThat(decide(type, EntityType.SSN).effect()).isEqualTo(Effect.ALLOW);
    }

    @ParameterizedTest(name = "{0} with nothing sensitive matches no rule and is denied")
    @CsvSource({"file.write", "http.request", "shell.exec", "file.delete"})
    void everythingElseDenied(String type) {
        Decision decision = decide(type);

        assertThat(decision.effect()).isEqualTo(Effect.DENY);
        assertThat(decision.reason()).isEqualTo("no matching rule");
    }

    @Test
    @DisplayName("it names itself and carries a default plan covering contact data, identifiers and secrets")
    void identityAndPlan() {
        assertThat(policy.identity().id()).isEqualTo("datafog-default");
        assertThat(policy.defaultPlan().modeFor(EntityType.PHONE)).contains(TransformMode.TOKENIZE);
        assertThat(policy.defaultPlan().modeFor(EntityType.IBAN)).contains(TransformMode.REDACT);
    }
}
