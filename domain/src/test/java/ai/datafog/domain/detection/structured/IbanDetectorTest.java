package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("IbanDetector finds IBANs of the registered length with a valid mod-97 check")
class IbanDetectorTest {

    private final IbanDetector detector = new IbanDetector();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "IBAN ‹DE89370400440532013000›", "‹DE89 3704 0044 0532 0130 00›.", "‹GB82 WEST 1234 5698 7654 32›",
            "‹FR1420041010050500013M02606›", "‹NL91ABNA0417164300›", "(‹BE68539007547034›)", "‹gb82west12345698765432›",
            "‹NO9386011117947›",
    })
    void findsIbans(String sample) {
        Marked marked = Marked.parse(sample);
        assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "DE89370400440532013001", "DE8937040044053201300", "DE893704004405320130001", "XX89370400440532013000",
            "DE89 3704 0044 0532 0130 0", "GB82WEST12345698765433", "Gb82WEST12345698765432", "ADE89370400440532013000",
            "DE89 37040044 0532 0130 00",
    })
    void ignoresInvalid(String sample) {
        assertThat(detector.detect(sample)).isEmpty();
    }
}
