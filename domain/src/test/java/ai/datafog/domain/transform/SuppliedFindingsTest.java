package ai.datafog.domain.transform;

import ai.datafog.domain.detection.Confidence;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Supplied findings are checked against the text before any rewrite")
class SuppliedFindingsTest {

    private static final String TEXT = "mail 😀CANARY@x.io or b@y.io";

    private static SuppliedFinding supplied(int start, int end, String value) {
        return new SuppliedFinding(EntityType.EMAIL, start, end, Optional.ofNullable(value), Confidence.of(1.0));
    }

    private static List<String> problems(SuppliedFinding... findings) {
        FindingResolution resolution = SuppliedFindings.resolve(TEXT, List.of(findings));
        assertThat(resolution).isInstanceOf(FindingResolution.Rejected.class);
        return ((FindingResolution.Rejected) resolution).problems();
    }

    @Test
    @DisplayName("offsets are code points: a finding after an emoji resolves to the right value, ordered by start")
    void codePointOffsets() {
        FindingResolution resolution = SuppliedFindings.resolve(TEXT,
                List.of(supplied(21, 27, "b@y.io"), supplied(6, 17, "CANARY@x.io")));

        assertThat(resolution).isInstanceOf(FindingResolution.Resolved.class);
        List<Finding> findings = ((FindingResolution.Resolved) resolution).findings();
        assertThat(findings).extracting(Finding::value).containsExactly("CANARY@x.io", "b@y.io");
        assertThat(findings.get(0).start()).isEqualTo(6);
    }

    @Test
    @DisplayName("a finding without a value takes it from the text")
    void missingValueIsTakenFromText() {
        FindingResolution resolution = SuppliedFindings.resolve(TEXT, List.of(supplied(21, 27, null)));

        assertThat(((FindingResolution.Resolved) resolution).findings().get(0).value()).isEqualTo("b@y.io");
    }

    @Test
    @DisplayName("empty, reversed, negative and out-of-range offsets are refused")
    void badOffsets() {
        assertThat(problems(supplied(3, 3, null))).containsExactly("findings[0]: start and end must satisfy 0 <= start < end");
        assertThat(problems(supplied(5, 2, null))).containsExactly("findings[0]: start and end must satisfy 0 <= start < end");
        assertThat(problems(supplied(-1, 2, null))).containsExactly("findings[0]: start and end must satisfy 0 <= start < end");
        assertThat(problems(supplied(21, 28, null)))
                .containsExactly("findings[0]: end is beyond the end of the text (27 code points)");
    }

    @Test
    @DisplayName("a value that differs from the text at its offsets is refused without echoing either")
    void valueMismatch() {
        List<String> problems = problems(supplied(5, 16, "CANARY@x.io"));

        assertThat(problems).containsExactly("findings[0]: value does not equal the text at its offsets");
        assertThat(String.join(" ", problems)).doesNotContain("CANARY");
    }

    @Test
    @DisplayName("overlapping findings are refused, and every problem is reported at once")
    void overlapsAndAllProblems() {
        List<String> problems = problems(
                supplied(6, 17, "CANARY@x.io"), supplied(0, 1, "x"), supplied(10, 20, null), supplied(40, 41, null));

        assertThat(problems).containsExactly(
                "findings[1]: value does not equal the text at its offsets",
                "findings[3]: end is beyond the end of the text (27 code points)",
                "findings[0] and findings[2] overlap");
    }

    @Test
    @DisplayName("adjacent findings do not overlap")
    void adjacentIsFine() {
        assertThat(SuppliedFindings.resolve("abcd", List.of(
                new SuppliedFinding(EntityType.EMAIL, 0, 2, Optional.empty(), Confidence.of(1)),
                new SuppliedFinding(EntityType.PHONE, 2, 4, Optional.empty(), Confidence.of(1)))))
                .isInstanceOf(FindingResolution.Resolved.class);
    }
}
