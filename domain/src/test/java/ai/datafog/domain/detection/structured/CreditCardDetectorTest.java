package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("CreditCardDetector finds Luhn-valid numbers of known issuers, in groups or contiguous")
class CreditCardDetectorTest {

    private final CreditCardDetector detector = new CreditCardDetector();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "visa ‹4111 1111 1111 1111›", "‹4111-1111-1111-1111›", "‹4111111111111111›.", "mc ‹5500 0000 0000 0004›",
            "amex ‹3782 822463 10005›", "amex ‹378282246310005›", "discover ‹6011 1111 1111 1117›",
            "diners ‹3056 9309 0259 04›", "jcb ‹3530 1113 3330 0000›", "mc2 ‹2223 0000 4840 0011›",
            "ref 12 ‹4111 1111 1111 1111›", "‹4012888888881881› and ‹5105105105105100›",
            "visa13 ‹4222222222222›", "dotted ‹4111.1111.1111.1111›",
    })
    void findsCards(String sample) {
        Marked marked = Marked.parse(sample);
        assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "4111 1111 1111 1112", "1234 5678 9012 3456", "4111111111111111111111", "9111 1111 1111 1115",
            "4111.1111.1111.1112", "4111.1111.1111", "4111-1111 1111-1111", "order 0000000000000000", "x4111111111111111",
            "4111111111111111-2", "3782 822463 10006", "12345678903", "55000000000000041",
    })
    void ignoresLookAlikes(String sample) {
        assertThat(detector.detect(sample)).isEmpty();
    }
}
