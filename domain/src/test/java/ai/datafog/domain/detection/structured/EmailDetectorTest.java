package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("EmailDetector finds addresses with tags and subdomains, never malformed ones")
class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "mail ‹ann@example.org› now",
            "‹ann.lee+newsletter@mail.example.co.uk›.",
            "<‹first_last-2@sub.domain-x.io›>",
            "two: ‹a@b.cd›, ‹c.d@e.fg›",
            "(‹Test.User%ops@Example.COM›)",
            "write to ‹o'connor.pat@example.ie›", "'‹bob@example.com›'",
    })
    void findsAddresses(String sample) {
        Marked marked = Marked.parse(sample);
        assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "ann@localhost", "ann@example.c", "ann..lee@example.org", "ann@example..org", "ann@-example.org",
            "@example.org", "ann@", "user@123.456", "a@b", "@@@@", "ann@exa_mple.org", "ann@example.o1",
            "ann@ex-.org", "price 5@3.50", "o''connor@example.org",
    })
    void ignoresMalformed(String sample) {
        assertThat(detector.detect(sample)).isEmpty();
    }
}
