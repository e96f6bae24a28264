package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("SsnDetector finds issuable SSNs; bare or spaced digits only with a cue word")
class SsnDetectorTest {

    private final SsnDetector detector = new SsnDetector();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "‹123-45-6789›", "SSN: ‹123456789›", "social security number ‹123 45 6789›", "ss# ‹001-01-0001›",
            "(‹665-99-9999›)", "‹899-12-3456›.",
    })
    void findsSsns(String sample) {
        Marked marked = Marked.parse(sample);
        assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000",
            "078-05-1120", "123456789", "123 45 6789", "order 123-45-67890", "1123-45-6789", "123-45-6789-1",
            "A123-45-6789", "ssn 12345678", "ssn 1234567890", "12-345-6789",
    })
    void ignoresInvalidOrUncued(String sample) {
        assertThat(detector.detect(sample)).isEmpty();
    }
}
