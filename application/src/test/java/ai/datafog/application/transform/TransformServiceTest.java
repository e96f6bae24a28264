package ai.datafog.application.transform;

import ai.datafog.application.port.in.AnonymizeTextUseCase.AnonymizeCommand;
import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.port.in.TransformOutcome;
import ai.datafog.application.port.in.TransformTextUseCase.TransformCommand;
import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.policy.PolicyIdentity;
import ai.datafog.domain.transform.EntityTransform;
import ai.datafog.domain.transform.TransformMode;
import ai.datafog.domain.transform.Transformer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ai.datafog.domain.detection.EntityType.EMAIL;
import static ai.datafog.domain.detection.EntityType.PHONE;
import static ai.datafog.domain.policy.PolicyBuilder.aPolicy;
import static ai.datafog.domain.policy.RuleBuilder.aRule;
import static ai.datafog.domain.transform.TextFindings.findingOf;
import static ai.datafog.domain.transform.TextFindings.supplied;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The transform service rewrites supplied or scanned findings under the policy in force")
class TransformServiceTest {

    private static final String TEXT = "mail a@x.io or call 555-0100";
    private static final Finding MAIL = findingOf(TEXT, EMAIL, "a@x.io");
    private static final Finding PHONE_NUMBER = findingOf(TEXT, PHONE, "555-0100");

    private final FakeScan scan = new FakeScan(List.of(MAIL, PHONE_NUMBER));
    private Policy policy = aPolicy().id("p").version("3")
            .defaultPlan(new EntityTransform(EMAIL, TransformMode.REDACT))
            .with(aRule("allow")).build();
    private final TransformService service = new TransformService(scan, () -> policy,
            new Transformer(Digests.keyed("k".getBytes(StandardCharsets.UTF_8)), "#"));

    private static TransformOutcome.Transformed transformed(TransformOutcome outcome) {
        assertThat(outcome).isInstanceOf(TransformOutcome.Transformed.class);
        return (TransformOutcome.Transformed) outcome;
    }

    @Test
    @DisplayName("without findings the text is scanned and the policy's default plan applies (redact for uncovered types)")
    void scansWhenNoFindings() {
        TransformOutcome.Transformed outcome = transformed(service.transform(
                new TransformCommand(TEXT, List.of(), Optional.empty(), Map.of())));

        assertThat(scan.texts).containsExactly(TEXT);
        assertThat(outcome.result().output()).isEqualTo("mail [REDACTED] or call [REDACTED]");
        assertThat(outcome.result().modesApplied()).containsExactly("email:redact", "phone:redact");
        assertThat(outcome.policy()).isEqualTo(new PolicyIdentity("p", "3"));
    }

    @Test
    @DisplayName("supplied findings are used as given and the text is not scanned")
    void suppliedFindingsSkipTheScan() {
        TransformOutcome.Transformed outcome = transformed(service.transform(new TransformCommand(TEXT,
                List.of(supplied(PHONE_NUMBER)), Optional.of(TransformMode.MASK), Map.of())));

        assertThat(scan.texts).isEmpty();
        assertThat(outcome.result().output()).isEqualTo("mail a@x.io or call ########");
    }

    @Test
    @DisplayName("per-type modes beat the overall mode")
    void entityModesBeatMode() {
        TransformOutcome.Transformed outcome = transformed(service.transform(new TransformCommand(TEXT,
                List.of(), Optional.of(TransformMode.MASK), Map.of(EMAIL, TransformMode.REPLACE))));

        assertThat(outcome.result().output()).isEqualTo("mail [EMAIL_1] or call ########");
        assertThat(outcome.result().modesApplied()).containsExactly("email:replace", "phone:mask");
    }

    @Test
    @DisplayName("findings that do not fit the text are rejected with every problem, and nothing is scanned")
    void badFindingsAreRejected() {
        Finding wrong = findingOf("xx" + TEXT, EMAIL, "a@x.io");

        TransformOutcome outcome = service.transform(new TransformCommand(TEXT,
                List.of(supplied(wrong), supplied(PHONE_NUMBER), supplied(PHONE_NUMBER)), Optional.empty(), Map.of()));

        assertThat(outcome).isInstanceOf(TransformOutcome.Rejected.class);
        assertThat(((TransformOutcome.Rejected) outcome).problems()).containsExactly(
                "findings[0]: value does not equal the text at its offsets", "findings[1] and findings[2] overlap");
        assertThat(scan.texts).isEmpty();
    }

    @Test
    @DisplayName("anonymize rewrites every finding with anonymize whatever the policy's plan says")
    void anonymizeEverything() {
        TransformOutcome.Transformed outcome = transformed(service.anonymize(new AnonymizeCommand(TEXT, List.of())));

        assertThat(outcome.result().output()).matches("mail anon-[0-9a-f]{8} or call anon-[0-9a-f]{8}");
        assertThat(outcome.result().modesApplied()).containsExactly("email:anonymize", "phone:anonymize");
    }

    @Test
    @DisplayName("the policy in force at the time of the call is the one reported")
    void reportsThePolicyInForce() {
        policy = aPolicy().id("p").version("4").with(aRule("allow")).build();

        assertThat(transformed(service.anonymize(new AnonymizeCommand(TEXT, List.of()))).policy().version()).isEqualTo("4");
    }

    private static final class FakeScan implements ScanTextUseCase {
        private final List<Finding> findings;
        private final List<String> texts = new ArrayList<>();

        FakeScan(List<Finding> findings) {
            this.findings = findings;
        }

        @Override
        public ScanResult scan(ScanCommand command) {
            texts.add(command.text());
            return new ScanResult(findings);
        }
    }
}
