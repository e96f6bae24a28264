package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Network identifiers: IP addresses, MAC addresses and URLs")
class NetworkDetectorsTest {

    @Nested
    @DisplayName("IpAddressDetector")
    class IpAddresses {

        private final IpAddressDetector detector = new IpAddressDetector();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "host ‹192.168.1.10›", "‹10.0.0.1›:8080", "‹255.255.255.255›.", "‹0.0.0.0›", "‹8.8.8.8›/32",
                "‹2001:0db8:85a3:0000:0000:8a2e:0370:7334›", "‹2001:db8::8a2e:370:7334›", "‹fe80::1ff:fe23:4567:890a›.",
                "‹::1›", "‹::ffff:192.0.2.128›", "[‹2001:db8::1›]:443", "‹FE80::0202:B3FF:FE1E:8329›",
        })
        void findsAddresses(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "300.1.1.1", "1.2.3", "1.2.3.4.5", "192.168.01.1", "version 1.2.3.4", "v1.2.3.4", "256.1.1.1",
                "12:30:45", "2001:db8:::1", "1::2::3", "1:2:3:4:5:6:7:8:9", "00:1A:2B:3C:4D:5E", "std::vector",
                "gggg::1", "12345::1", "a.b.c.d",
        })
        void ignoresLookAlikes(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }
    }

    @Nested
    @DisplayName("MacAddressDetector")
    class MacAddresses {

        private final MacAddressDetector detector = new MacAddressDetector();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"mac ‹00:1A:2B:3C:4D:5E›", "‹00-1a-2b-3c-4d-5e›.", "(‹ff:ff:ff:ff:ff:ff›)",
                "cisco ‹0123.4567.89ab›", "‹00A0.C914.C829›."})
        void findsAddresses(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5E:6F", "00:1A-2B:3C:4D:5E", "0g:1A:2B:3C:4D:5E",
                "0123.4567.8901", "00a0.C914.c829", "0123.4567.89ab.cdef", "1.0123.4567.89ab",
                "x00:1A:2B:3C:4D:5E", "12:30:45:00:00:00z"})
        void ignoresLookAlikes(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }
    }

    @Nested
    @DisplayName("UrlDetector")
    class Urls {

        private final UrlDetector detector = new UrlDetector();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "see ‹https://example.com/path?q=1#top›.", "(‹http://sub.example.org/a_(b)›)", "‹HTTPS://EXAMPLE.COM›,",
                "<‹https://example.com/x›>", "‹http://10.0.0.1:8080/health›",
                "docs on ‹www.example.org/docs› now", "(‹WWW.EXAMPLE.COM›)", "‹https://www.example.com/a›",
        })
        void findsUrls(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
            assertThat(detector.detect(marked.text())).extracting(Candidate::type).containsOnly(EntityType.URL);
        }

        @Test
        @DisplayName("a URL carrying a password is reported whole as an api_key")
        void credentialsMakeTheUrlASecret() {
            String text = "db at postgres https://svc:s3cr3tPass@db.example.com:5432/app now";
            List<Candidate> found = detector.detect(text);
            assertThat(found).singleElement().satisfies(c -> {
                assertThat(c.type()).isEqualTo(EntityType.API_KEY);
                assertThat(text.substring(c.start(), c.end())).isEqualTo("https://svc:s3cr3tPass@db.example.com:5432/app");
            });
        }

        @Test
        @DisplayName("credentials in a URL of any scheme (postgres://, amqp://) are an api_key; such URLs are otherwise not reported")
        void credentialsInOtherSchemes() {
            String text = "dsn postgres://app:Pa55word@db.internal:5432/app and amqp://broker.internal/vhost";
            assertThat(detector.detect(text)).singleElement().satisfies(c -> {
                assertThat(c.type()).isEqualTo(EntityType.API_KEY);
                assertThat(text.substring(c.start(), c.end())).isEqualTo("postgres://app:Pa55word@db.internal:5432/app");
            });
        }

        @Test
        @DisplayName("a user name without a password keeps the URL a url")
        void userWithoutPasswordIsAUrl() {
            assertThat(detector.detect("https://ann@example.com/x")).extracting(Candidate::type).containsExactly(EntityType.URL);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ftp://example.com", "xhttp://example.com", "https://", "http:// example.com", "https://-/",
                "www.localhost", "awww.example.com", "www.example.c0m", "ann@www.example.com", "www.", "www.a"})
        void ignoresNonHttp(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }
    }
}
