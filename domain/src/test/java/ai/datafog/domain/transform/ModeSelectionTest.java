package ai.datafog.domain.transform;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ai.datafog.domain.detection.EntityType.EMAIL;
import static ai.datafog.domain.detection.EntityType.PHONE;
import static ai.datafog.domain.detection.EntityType.SSN;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A mode is chosen per entity: caller's per-type mode, caller's mode, policy default plan, redact")
class ModeSelectionTest {

    private final TransformPlan plan = new TransformPlan(List.of(
            new EntityTransform(EMAIL, TransformMode.HASH), new EntityTransform(PHONE, TransformMode.TOKENIZE)));

    @Test
    @DisplayName("per-type modes beat the overall mode, which beats the plan")
    void precedence() {
        ModeSelection selection = new ModeSelection(Map.of(EMAIL, TransformMode.MASK), Optional.of(TransformMode.REPLACE), plan);

        assertThat(selection.modeFor(EMAIL)).isEqualTo(TransformMode.MASK);
        assertThat(selection.modeFor(PHONE)).isEqualTo(TransformMode.REPLACE);
    }

    @Test
    @DisplayName("without an overall mode the plan decides, and a type the plan does not cover is redacted")
    void planThenRedact() {
        ModeSelection selection = new ModeSelection(Map.of(EMAIL, TransformMode.MASK), Optional.empty(), plan);

        assertThat(selection.modeFor(EMAIL)).isEqualTo(TransformMode.MASK);
        assertThat(selection.modeFor(PHONE)).isEqualTo(TransformMode.TOKENIZE);
        assertThat(selection.modeFor(SSN)).isEqualTo(TransformMode.REDACT);
    }
}
