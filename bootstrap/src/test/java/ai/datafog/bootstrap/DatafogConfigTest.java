package ai.datafog.bootstrap;

import ai.datafog.adapter.http.FindingValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The configuration is read once from DATAFOG_* variables and refuses bad values by name")
class DatafogConfigTest {

    @TempDir
    Path dir;

    private DatafogConfig load(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(variables);
        env.putIfAbsent("DATAFOG_RECEIPT_PATH", dir.resolve("data").toString());
        return DatafogConfig.load(env::get);
    }

    @Test
    @DisplayName("with nothing set, the SPEC §3 defaults apply and the service listens on loopback")
    void defaults() {
        DatafogConfig config = load(Map.of());
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.apiTokens()).isEmpty();
        assertThat(config.retention()).isEqualTo(Duration.ofDays(90));
        assertThat(config.purgeCron()).contains("0 17 3 * * *");
        assertThat(config.purgeBatchSize()).isEqualTo(5000);
        assertThat(config.idempotencyTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(config.rateLimitRps()).isZero();
        assertThat(config.maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.findingValues()).isEqualTo(FindingValues.INCLUDE);
        assertThat(config.nerEnabled()).isTrue();
        assertThat(config.maskChar()).isEqualTo("*");
        assertThat(config.corsOrigins()).isEmpty();
        assertThat(config.usesEmbeddedDatabase()).isTrue();
        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:" + dir.resolve("data"));
        assertThat(Files.isDirectory(dir.resolve("data"))).as("receipt directory is created").isTrue();
    }

    @Test
    @DisplayName("with a token and no address, the service listens on all interfaces")
    void tokenOpensDefaultAddress() {
        DatafogConfig config = load(Map.of("DATAFOG_API_TOKEN", "t1, t2"));
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.apiTokens()).containsExactly("t1", "t2");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "DATAFOG_REQUEST_TIMEOUT, 500ms, PT0.5S",
            "DATAFOG_REQUEST_TIMEOUT, 10s, PT10S",
            "DATAFOG_SHUTDOWN_TIMEOUT, 2m, PT2M",
            "DATAFOG_IDEMPOTENCY_TTL, 24h, PT24H",
            "DATAFOG_RECEIPT_RETENTION, 90d, PT2160H",
            "DATAFOG_RECEIPT_RETENTION, P30D, PT720H",
            "DATAFOG_REQUEST_TIMEOUT, PT10S, PT10S",
    })
    @DisplayName("durations accept ISO-8601 and the short forms")
    void durationForms(String variable, String value, String expected) {
        DatafogConfig config = load(Map.of(variable, value));
        Duration actual = switch (variable) {
            case "DATAFOG_REQUEST_TIMEOUT" -> config.requestTimeout();
            case "DATAFOG_SHUTDOWN_TIMEOUT" -> config.shutdownTimeout();
            case "DATAFOG_IDEMPOTENCY_TTL" -> config.idempotencyTtl();
            default -> config.retention();
        };
        assertThat(actual).isEqualTo(Duration.parse(expected));
    }

    @Test
    @DisplayName("a valid cron expression too long for a purge record's trigger is refused at start-up; the longest that fits is kept")
    void overlongCronIsRefused() {
        String longest = "00 00 3 * * " + "MON,".repeat(70) + "MON";
        assertThat(load(Map.of("DATAFOG_PURGE_CRON", longest)).purgeCron()).contains(longest);
        String tooLong = longest + ",MON";
        assertThatThrownBy(() -> load(Map.of("DATAFOG_PURGE_CRON", tooLong)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATAFOG_PURGE_CRON: must be at most 295 characters");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "DATAFOG_REQUEST_TIMEOUT, banana",
            "DATAFOG_REQUEST_TIMEOUT, -5s",
            "DATAFOG_RECEIPT_RETENTION, 0s",
            "DATAFOG_RATE_LIMIT_RPS, -1",
            "DATAFOG_RATE_LIMIT_RPS, lots",
            "DATAFOG_RATE_LIMIT_BURST, -3",
            "DATAFOG_FINDING_VALUES, sometimes",
            "DATAFOG_MAX_BODY_BYTES, 0",
            "DATAFOG_PURGE_BATCH_SIZE, many",
            "DATAFOG_PURGE_CRON, every night",
            "DATAFOG_IDEMPOTENCY_TTL, P400000000000D",
            "DATAFOG_PURGE_RECORD_RETENTION, P73001D",
            "DATAFOG_PURGE_LEASE_DURATION, 999999999999d",
            "DATAFOG_REQUEST_TIMEOUT, P73001D",
            "DATAFOG_ALLOW_UNAUTHENTICATED, perhaps",
            "DATAFOG_NER_ENABLED, maybe",
            "DATAFOG_MASK_CHAR, ##",
            "DATAFOG_ADDR, nowhere",
            "DATAFOG_ADDR, 127.0.0.1:99999",
            "DATAFOG_DB_URL, jdbc:mysql://x/y",
            "DATAFOG_RATE_LIMIT_SHARED, sometimes",
    })
    @DisplayName("a bad value stops start-up with a message naming the variable")
    void badValuesAreRefusedByName(String variable, String value) {
        assertThatThrownBy(() -> load(Map.of(variable, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(variable + ": ")
                .satisfies(e -> assertThat(((ConfigException) e).variable()).isEqualTo(variable));
    }

    @Test
    @DisplayName("a shared rate limit needs PostgreSQL and a rate; with both it is on")
    void sharedRateLimitNeedsPostgresAndARate() {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_RATE_LIMIT_SHARED", "true", "DATAFOG_RATE_LIMIT_RPS", "5")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DATAFOG_RATE_LIMIT_SHARED: needs a jdbc:postgresql: DATAFOG_DB_URL");
        assertThatThrownBy(() -> load(Map.of("DATAFOG_RATE_LIMIT_SHARED", "true", "DATAFOG_RATE_LIMIT_RPS", "5",
                "DATAFOG_DB_URL", "jdbc:h2:mem:x")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DATAFOG_RATE_LIMIT_SHARED: needs a jdbc:postgresql: DATAFOG_DB_URL");
        assertThatThrownBy(() -> load(Map.of("DATAFOG_RATE_LIMIT_SHARED", "true", "DATAFOG_DB_URL", "jdbc:postgresql://db/x",
                "DATAFOG_RECEIPT_HASH_KEY", "k")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DATAFOG_RATE_LIMIT_SHARED: needs DATAFOG_RATE_LIMIT_RPS");
        assertThat(load(Map.of("DATAFOG_RATE_LIMIT_SHARED", "true", "DATAFOG_RATE_LIMIT_RPS", "5",
                "DATAFOG_DB_URL", "jdbc:postgresql://db/x", "DATAFOG_RECEIPT_HASH_KEY", "k")).rateLimitShared()).isTrue();
        assertThat(load(Map.of()).rateLimitShared()).isFalse();
    }

    @Test
    @DisplayName("an unreadable token file is refused, naming the _FILE variable")
    void unreadableTokenFile() {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_API_TOKEN_FILE", dir.resolve("missing").toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DATAFOG_API_TOKEN_FILE: file cannot be read");
    }

    @Test
    @DisplayName("a secret file that is not UTF-8 text is refused as such, not as unreadable")
    void binarySecretFile() throws Exception {
        Path key = dir.resolve("key.bin");
        Files.write(key, new byte[]{(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28});

        assertThatThrownBy(() -> load(Map.of("DATAFOG_RECEIPT_HASH_KEY_FILE", key.toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATAFOG_RECEIPT_HASH_KEY_FILE: file is not UTF-8 text");
    }

    @Test
    @DisplayName("tokens are read from a mounted secret file, comma-separated, and never printed")
    void tokenFileIsRead() throws Exception {
        Path secret = dir.resolve("token");
        Files.writeString(secret, "canary-token-1,canary-token-2\n");
        DatafogConfig config = load(Map.of("DATAFOG_API_TOKEN_FILE", secret.toString()));
        assertThat(config.apiTokens()).isEqualTo(List.of("canary-token-1", "canary-token-2"));
        assertThat(config.toString()).doesNotContain("canary-token");
    }

    @Test
    @DisplayName("no token and a non-loopback address is refused with an explanation")
    void publicAddressWithoutTokenIsRefused() {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_ADDR", "0.0.0.0:8080")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATAFOG_ADDR")
                .hasMessageContaining("DATAFOG_API_TOKEN")
                .hasMessageContaining("DATAFOG_ALLOW_UNAUTHENTICATED=true");
    }

    @ParameterizedTest(name = "{0} is loopback")
    @CsvSource({"127.0.0.1:9000", "localhost:9000", "[::1]:9000", "127.1.2.3:9000"})
    @DisplayName("loopback addresses need no token")
    void loopbackNeedsNoToken(String addr) {
        assertThat(load(Map.of("DATAFOG_ADDR", addr)).port()).isEqualTo(9000);
    }

    @Test
    @DisplayName("DATAFOG_ALLOW_UNAUTHENTICATED=true opens a public address without a token")
    void explicitOptInOpensPublicAddress() {
        DatafogConfig config = load(Map.of("DATAFOG_ADDR", "0.0.0.0:8081", "DATAFOG_ALLOW_UNAUTHENTICATED", "true"));
        assertThat(config.host()).isEqualTo("0.0.0.0");
    }

    @Test
    @DisplayName("a receipt path that cannot be a directory is refused")
    void unwritableReceiptPath() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> load(Map.of("DATAFOG_RECEIPT_PATH", file.resolve("sub").toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATAFOG_RECEIPT_PATH: ");
    }

    @ParameterizedTest(name = "DATAFOG_ADDR={0}")
    @ValueSource(strings = {"300.1.1.1:8080", "no-such-host.invalid:8080"})
    @DisplayName("a DATAFOG_ADDR host that is not an address and does not resolve stops start-up naming the variable")
    void unresolvableListenHost(String addr) {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_ADDR", addr, "DATAFOG_API_TOKEN", "t")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DATAFOG_ADDR: host is neither an IP address nor a name this machine resolves");
    }

    @ParameterizedTest(name = "DATAFOG_CORS_ORIGINS={0}")
    @ValueSource(strings = {"*", "https://app.example/", "https://app.example/path", "https://App.Example",
            "app.example", "https://app.example:443", "http://app.example:80", "https://app.example,*"})
    @DisplayName("a CORS origin that no browser's Origin header could equal stops start-up")
    void corsOriginsMustBeOrigins(String origins) {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_CORS_ORIGINS", origins)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not an origin as a browser sends it");
    }

    @Test
    @DisplayName("origins as browsers send them are accepted: schemes, ports, IPv6, null")
    void corsOriginsAccepted() {
        assertThat(load(Map.of("DATAFOG_CORS_ORIGINS",
                "https://app.example, http://localhost:3000,https://[::1]:8443,null,chrome-extension://abcdef")).corsOrigins())
                .containsExactly("https://app.example", "http://localhost:3000", "https://[::1]:8443", "null",
                        "chrome-extension://abcdef");
    }

    @Test
    @DisplayName("PostgreSQL needs DATAFOG_RECEIPT_HASH_KEY (replicas must agree on tokens and fingerprints); the embedded database does not")
    void postgresNeedsTheHashKey() {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_DB_URL", "jdbc:postgresql://db:5432/datafog")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATAFOG_RECEIPT_HASH_KEY: is required with a jdbc:postgresql: DATAFOG_DB_URL");
        assertThat(load(Map.of("DATAFOG_DB_URL", "jdbc:h2:mem:x")).hashKey()).isEmpty();
        assertThat(load(Map.of()).hashKey()).isEmpty();
    }

    @Test
    @DisplayName("an external database URL skips the embedded directory and disables the purge with -")
    void externalDatabaseAndDisabledPurge() {
        DatafogConfig config = load(Map.of("DATAFOG_DB_URL", "jdbc:postgresql://db:5432/datafog", "DATAFOG_PURGE_CRON", "-",
                "DATAFOG_RECEIPT_HASH_KEY", "k"));
        assertThat(config.usesEmbeddedDatabase()).isFalse();
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/datafog");
        assertThat(config.purgeCron()).isEmpty();
    }
}
