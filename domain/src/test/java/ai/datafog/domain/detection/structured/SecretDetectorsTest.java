package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Secrets: well-known token formats, PEM private keys and secret-named assignments")
class SecretDetectorsTest {

    @Nested
    @DisplayName("KnownSecretDetector")
    class KnownFormats {

        private final KnownSecretDetector detector = new KnownSecretDetector();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "aws ‹AKIAIOSFODNN7EXAMPLE›", "key=‹ASIAY34FZKBOKMUTVV7A›.", "‹AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY›",
                "‹ghp_16C7e42F292c6912E7710c838347Ae178B4a›", "‹github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU›",
                "‹glpat-xY9zAbC12dEfGhIjKlMn›", "‹xoxb-2048-40960-AbCdEfGhIjKlMnOpQrStUvWx›", "‹sk_live_4eC39HqLyjWDarjtT1zdp7dc›",
                "‹rk_test_51H8sdfJk23LkjsdfLKJ2345›", "‹npm_abcdefghijklmnopqrstuvwxyz0123456789›",
                "Bearer ‹eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U›.",
        })
        void findsTokens(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "AKIAIOSFODNN7EXAMPL", "AKIAIOSFODNN7EXAMPLEX", "akiaiosfodnn7example", "XKIAIOSFODNN7EXAMPLE",
                "ghp_short", "xoxb-abcdefghijklmnop", "sk_live_short", "pk_live_4eC39HqLyjWDarjtT1zdp7dc",
                "eyJhbGciOiJIUzI1NiJ9", "eyJhbGciOiJIUzI1NiJ9.notjson.abc", "the quick brown fox", "sk-not-a-key",
        })
        void ignoresLookAlikes(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }

        @Test
        @DisplayName("a bare JWT of tens of kilobytes (many group claims), with no key or Bearer before it, is reported whole")
        void givenLongBareJwt_detect_reportsTheWholeToken() {
            String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJ" + "zdWIiOiIxMjM0NTY3ODkwIiwi".repeat(1200) + "fQ.c2lnbmF0dXJlc2lnbmF0dXJl";
            String text = "pasted from the browser: " + jwt + " (expired)";

            assertThat(detector.detect(text)).singleElement().satisfies(candidate -> {
                assertThat(candidate.type()).isEqualTo(EntityType.API_KEY);
                assertThat(text.substring(candidate.start(), candidate.end())).isEqualTo(jwt);
            });
        }
    }

    @Nested
    @DisplayName("PrivateKeyBlockDetector")
    class PrivateKeys {

        private final PrivateKeyBlockDetector detector = new PrivateKeyBlockDetector();

        @Test
        @DisplayName("a whole PEM private key block, header to footer, is one secret")
        void findsBlock() {
            Marked marked = Marked.parse("key:\n‹-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\nq83Dd==\n-----END RSA PRIVATE KEY-----›\nbye");
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @Test
        @DisplayName("a truncated block without footer still covers its base64 lines")
        void findsTruncatedBlock() {
            Marked marked = Marked.parse("‹-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAAAAAA›\nThanks, Bob");
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @Test
        @DisplayName("certificates and public keys are not secrets")
        void ignoresPublicMaterial() {
            assertThat(detector.detect("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
                    + "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----")).isEmpty();
        }
    }

    @Nested
    @DisplayName("SecretAssignmentDetector")
    class Assignments {

        private final SecretAssignmentDetector detector = new SecretAssignmentDetector();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "api_key=‹Zx81kQm2pL0sVw9›", "\"token\": \"‹a1b2c3d4e5f6g7h8›\"", "DB_PASSWORD: ‹hunter22›",
                "clientSecret=‹9f8e7d6c5b4a3210›;", "export AWS_SECRET_ACCESS_KEY=‹wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY›",
                "Authorization: Bearer ‹abcDEF123456ghiJKL789›", "key: ‹dGhpcyBpcyBhIHNlY3JldA==›", "password = '‹S3cure!pw›'",
        })
        void findsValues(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "monkey=banana123", "token: refresh", "password: ${DB_PASSWORD}", "api_key=<your-key-here>",
                "api_key=xxxxxxxxxxxx", "max_tokens=4096", "token_url=https://example.com/oauth", "password=null",
                "secret: short", "keyboard: qwerty123", "Note: call me", "password: ********",
        })
        void ignoresNonSecrets(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }

        @Test
        @DisplayName("a key blob of 4000 chars after private_key= is one secret, the whole value")
        void givenLongUnquotedValue_detect_reportsTheWholeValue() {
            String blob = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC/+".repeat(120) + "==";
            String text = "private_key=" + blob + " next";
            assertThat(detector.detect(text)).containsExactly(secret(12, 12 + blob.length()));
        }

        @Test
        @DisplayName("a quoted JWT longer than 512 chars is one secret, the whole value inside the quotes")
        void givenLongQuotedJwt_detect_reportsTheWholeValue() {
            String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJ" + "zdWIiOiIxMjM0NTY3ODkwIiwi".repeat(40) + "fQ.c2lnbmF0dXJl";
            String text = "{\"token\": \"" + jwt + "\"}";
            assertThat(jwt.length()).isGreaterThan(512);
            assertThat(detector.detect(text)).containsExactly(secret(11, 11 + jwt.length()));
        }

        @Test
        @DisplayName("a bearer token longer than 512 chars is one secret, the whole token")
        void givenLongBearerToken_detect_reportsTheWholeToken() {
            String token = "abcDEF123456ghiJKL789".repeat(30);
            String text = "Authorization: Bearer " + token + "\r\n";
            assertThat(detector.detect(text)).containsExactly(secret(22, 22 + token.length()));
        }

        private Candidate secret(int start, int end) {
            return new Candidate(EntityType.API_KEY, start, end, SecretAssignmentDetector.CONFIDENCE);
        }

        @Test
        @DisplayName("a long value is still judged: one character class, a placeholder or a missing closing quote is no secret")
        void givenLongValueThatIsNoSecret_detect_reportsNothing() {
            assertThat(detector.detect("api_key=" + "a".repeat(2000))).isEmpty();
            assertThat(detector.detect("token=\"" + "Ab1xxxx".repeat(300) + "\"")).isEmpty();
            assertThat(detector.detect("password: '" + "Ab1/".repeat(500) + " more'")).isEmpty();
            assertThat(detector.detect("token=\"" + "Ab1/".repeat(500))).isEmpty();
        }
    }
}
