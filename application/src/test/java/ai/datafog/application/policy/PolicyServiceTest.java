package ai.datafog.application.policy;

import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.policy.PolicyIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ai.datafog.domain.detection.EntityType.API_KEY;
import static ai.datafog.domain.policy.PolicyBuilder.aPolicy;
import static ai.datafog.domain.policy.RuleBuilder.aRule;
import static ai.datafog.domain.transform.TextFindings.findingOf;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The policy service answers from the policy in force at each call")
class PolicyServiceTest {

    private Policy policy = aPolicy().id("p").version("1")
            .with(aRule("deny-keys").effect(Effect.DENY).requires(API_KEY).description("no keys"))
            .with(aRule("allow-all")).build();
    private final PolicyService service = new PolicyService(() -> policy);

    @Test
    @DisplayName("evaluate applies the current policy to the action and the findings")
    void evaluates() {
        var decision = service.evaluate(Action.ofType("shell.exec"), List.of(findingOf("k=abc", API_KEY, "abc")));

        assertThat(decision.effect()).isEqualTo(Effect.DENY);
        assertThat(decision.reason()).isEqualTo("no keys");
        assertThat(decision.policy()).isEqualTo(new PolicyIdentity("p", "1"));
    }

    @Test
    @DisplayName("after a reload the new version is reported and used")
    void followsReloads() {
        policy = aPolicy().id("p").version("2").with(aRule("allow-all")).build();

        assertThat(service.currentVersion()).isEqualTo(new PolicyIdentity("p", "2"));
        assertThat(service.evaluate(Action.ofType("shell.exec"), List.of(findingOf("k=abc", API_KEY, "abc"))).effect())
                .isEqualTo(Effect.ALLOW);
    }
}
