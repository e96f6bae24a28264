package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("PhoneDetector finds NANP and +CC numbers, never parts of longer numbers")
class PhoneDetectorTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "call ‹(415) 555-0132› today",
            "call ‹(415)555-0132›",
            "‹415-555-0132›",
            "‹415.555.0132›.",
            "‹415 555 0132›",
            "‹415 555-0132›",
            "‹1-415-555-0132›",
            "‹+1 415 555 0132›",
            "‹+1 (415) 555-0132›",
            "‹+14155550132›",
            "phone: ‹4155550132›",
            "UK ‹+44 20 7946 0958›",
            "UK ‹+44 (0)20 7946 0958›",
            "DE ‹+49 30 901820›, FR ‹+33 1 42 68 53 00›",
            "IN ‹+91 98765 43210› and JP ‹+81-3-1234-5678›",
            "call ‹415-555-0132› 2 times",
            "UK ‹020 7946 0958›, ‹(020) 7946 0958›, ‹07700 900123›",
            "FR ‹01 23 45 67 89› ou ‹06.12.34.56.78›",
            "Tel. ‹030 1234567›",
            "office ‹(415) 555-0132 ext. 12›; desk ‹312.555.0144 x204›, ‹+44 20 7946 0958, extension 4410›",
            "‹415-555-0132› xylophone", "‹415-555-0132› x", "‹415-555-0132› ext. 1234567",
    })
    void findsNumbers(String sample) {
        Marked marked = Marked.parse(sample);
        assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "(115) 555-0132", "415-155-0132", "911-555-0132", "415-911-0132", "order 4155550132",
            "4111 1111 1111 1111", "4111-1111-1111-1111", "2024-01-15", "192.168.100.1", "123-45-6789",
            "415-555-01320", "9415-555-0132", "415-555-0132-7", "1.415.555.0132.9", "+44 20 79", "+999 1234 5678",
            "+1 115 555 0132", "+91 98765 4321", "v415.555.0132", "ISBN 978-3-16-148410-0", "12:30:45",
            "1700000000", "415-555.0132-1",
            "part 030-123456-01", "depth 12 34 56 78 90", "ref 030 1234567", "0123 4567", "00 44 20 7946",
            "05 03 2024", "dial 555-0123",
    })
    void ignoresLookAlikes(String sample) {
        assertThat(detector.detect(sample)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "call ‹(415)-555-0132› today", "‹(415)-555-0132›", "‹1 (415)-555-0132›", "‹+1 (415)-555-0132›",
            "office ‹(415)-555-0132 ext. 12›", "‹(415) 555-0132›, ‹(415)555-0132›, ‹415.555.0132›, ‹+1 (415) 555-0132›",
    })
    void givenParenthesisedAreaCodeAndHyphen_detect_reportsTheNumber(String sample) {
        Marked marked = Marked.parse(sample);
        assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
    }

    @Test
    @DisplayName("(415)-555-0132 is one phone finding from the parenthesis to the last digit, as sure as (415) 555-0132")
    void givenParenthesisedAreaCodeAndHyphen_detect_reportsExactSpan() {
        assertThat(detector.detect("tel (415)-555-0132.")).containsExactly(new Candidate(EntityType.PHONE, 4, 18, 0.85));
        assertThat(detector.detect("tel (415) 555-0132.")).containsExactly(new Candidate(EntityType.PHONE, 4, 18, 0.85));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "(115)-555-0132", "(415)-155-0132", "(415)-555-01320", "(415)-555-0132-7", "(415)-555.0132", "(415)-555 0132",
            "(2024)-03-15", "(12)-555-0132", "(415)-5550-132", "order (415)-5550132", "(415)--555-0132",
    })
    void givenParenthesisedAreaCodeInOtherShapes_detect_reportsNothing(String sample) {
        assertThat(detector.detect(sample)).isEmpty();
    }

    @Test
    @DisplayName("a confidence with a bonus is exact to two decimals (0.8 + 0.05 is 0.85, not 0.8500000000000001)")
    void bonusConfidenceIsRounded() {
        assertThat(detector.detect("x 1.415.555.0132 y"))
                .singleElement().satisfies(found -> assertThat(found.confidence()).isEqualTo(0.85));
    }
}
