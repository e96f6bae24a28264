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

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "source:‹192.168.0.7›", "iface:‹10.0.0.1›", "cafe:‹10.0.0.1›", "src=‹10.0.0.2›,dst:‹10.0.0.3›",
                "addr:‹2001:db8::1›", "src:‹fe80::1›", "IPv6:‹2001:db8::8a2e:370:7334›", "gw:‹::1›.",
                "addr:‹::ffff:192.0.2.128›", "from host:‹FE80::0202:B3FF:FE1E:8329›, to iface:‹10.1.2.3›",
        })
        void givenALabelAndColon_detect_reportsTheAddressWithoutTheLabel(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "addr:2001:db8:::1", "src:1::2::3", "Time:12:30:45", "at:2024-03-15T10:22:01Z", "version:1.2.3.4",
                "label:1.2.3.4.5", "addr:1:2:3:4:5:6:7:8:9", "mac:00:1A:2B:3C:4D:5E", "ns::abc", "Foo::Bar::baz",
                "addr:gggg::1",
        })
        void givenALabelBeforeNoAddress_detect_reportsNothing(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }

        @Test
        @DisplayName("an IPv4-mapped IPv6 address is one IPv6 finding; its dotted quad is not reported again")
        void givenIpv4MappedIpv6_detect_reportsOnlyTheIpv6Address() {
            assertThat(detector.detect("peer ::ffff:192.168.0.7 up"))
                    .containsExactly(new Candidate(EntityType.IP_ADDRESS, 5, 23, IpAddressDetector.IPV6_CONFIDENCE));
        }

        @Test
        @DisplayName("after a label, an IPv4 address is a dotted quad finding that starts after the colon")
        void givenIpv4AfterHexEndingLabel_detect_reportsTheQuadAfterTheColon() {
            assertThat(detector.detect("source:192.168.0.7"))
                    .containsExactly(new Candidate(EntityType.IP_ADDRESS, 7, 18, IpAddressDetector.IPV4_CONFIDENCE));
        }

        @Test
        @DisplayName("after a label, an IPv6 address starts after the colon, though the label ends in hex letters")
        void givenIpv6AfterLabel_detect_reportsTheAddressAfterTheColon() {
            assertThat(detector.detect("src:fe80::1 dst:2001:db8::8a2e:370:7334")).containsExactly(
                    new Candidate(EntityType.IP_ADDRESS, 4, 11, IpAddressDetector.SHORT_IPV6_CONFIDENCE),
                    new Candidate(EntityType.IP_ADDRESS, 16, 39, IpAddressDetector.IPV6_CONFIDENCE));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"‹dead:beef::1›", "‹face:fe80::1›", "x ‹cafe:2001:db8::1›"})
        void givenALabelOfHexDigitsOnly_detect_readsItAsTheFirstGroup(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
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

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"mac:‹00:1a:2b:3c:4d:5e›", "hwaddr:‹00:1A:2B:3C:4D:5E›", "iface:‹00-1a-2b-3c-4d-5e›.",
                "ether:‹0123.4567.89ab›", "src_mac:‹ff:ff:ff:ff:ff:ff›,dst_mac:‹00:1a:2b:3c:4d:5f›"})
        void givenALabelAndColon_detect_reportsTheAddressWithoutTheLabel(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @Test
        @DisplayName("after a label, a MAC address is one finding that starts after the colon")
        void givenMacAfterLabel_detect_reportsTheSpanAfterTheColon() {
            assertThat(detector.detect("hwaddr:00:1A:2B:3C:4D:5E"))
                    .containsExactly(new Candidate(EntityType.MAC_ADDRESS, 7, 24, MacAddressDetector.CONFIDENCE));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"face:00:1A:2B:3C:4D:5E", "00:00:1A:2B:3C:4D:5E", "mac:00:1A:2B:3C:4D:5E:6F",
                "mac:00:1A:2B:3C:4D", "mac:00:1A:2B:3C:4D:5Ez", "mac:0g:1A:2B:3C:4D:5E",
                "mac:0123.4567.8901"})
        void givenALabelBeforeNoAddress_detect_reportsNothing(String sample) {
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
