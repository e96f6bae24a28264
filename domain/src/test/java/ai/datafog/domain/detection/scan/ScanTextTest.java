package ai.datafog.domain.detection.scan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("ScanText records the maximal ASCII digit runs of a text")
class ScanTextTest {

    private static List<String> runs(ScanText scan) {
        List<String> runs = new ArrayList<>();
        for (int k = 0; k < scan.digitRuns(); k++) {
            runs.add(scan.runStart(k) + "-" + scan.runEnd(k));
        }
        return runs;
    }

    @Test
    @DisplayName("runs are maximal, in text order, at the start and the end of the text too")
    void findsMaximalRuns() {
        ScanText scan = ScanText.of("12 ab 3-456x7890");
        assertThat(runs(scan)).containsExactly("0-2", "6-7", "8-11", "12-16");
        assertThat(scan.text()).isEqualTo("12 ab 3-456x7890");
    }

    @Test
    @DisplayName("a text without ASCII digits has no runs; other scripts' digits are not ASCII digits")
    void noRuns() {
        assertThat(ScanText.of("").digitRuns()).isZero();
        assertThat(ScanText.of("no digits here").digitRuns()).isZero();
        assertThat(ScanText.of("\u0661\u0662\u0663 \uFF11\uFF12").digitRuns()).isZero();
    }

    @Test
    @DisplayName("many runs grow the index past its first capacity")
    void manyRuns() {
        ScanText scan = ScanText.of("1 ".repeat(1000));
        assertThat(scan.digitRuns()).isEqualTo(1000);
        assertThat(scan.runStart(999)).isEqualTo(1998);
        assertThat(scan.runEnd(999)).isEqualTo(1999);
    }

    @Test
    @DisplayName("grouped digits follow runs joined by one-char gaps and stop once enough are counted")
    void groupedDigits() {
        ScanText scan = ScanText.of("4111 1111 1111 1111, 415-555  0132 (415) 555");
        assertThat(scan.groupedDigits(0, 100)).isEqualTo(16);
        assertThat(scan.groupedDigits(0, 13)).isEqualTo(16);
        assertThat(scan.groupedDigits(0, 5)).isEqualTo(8);
        assertThat(scan.groupedDigits(1, 100)).isEqualTo(12);
        assertThat(scan.groupedDigits(4, 100)).as("two spaces break the chain").isEqualTo(6);
        assertThat(scan.groupedDigits(7, 100)).as("\") \" is a two-char gap").isEqualTo(3);
    }

    @Test
    @DisplayName("null text is rejected")
    void nullText() {
        assertThatNullPointerException().isThrownBy(() -> ScanText.of(null));
    }
}
