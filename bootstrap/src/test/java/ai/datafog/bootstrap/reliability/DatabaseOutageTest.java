package ai.datafog.bootstrap.reliability;

import ai.datafog.bootstrap.ApiTestSupport;
import ai.datafog.adapter.jdbc.TestDatabases;
import ai.datafog.testprobe.ProbeController;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §11: the receipts database goes away under a running service and comes back. PostgreSQL is
 * reached through a {@link TcpProxy} the test breaks on purpose. Skipped with the reason when no
 * PostgreSQL is configured ({@code DATAFOG_TEST_DB_URL}), as {@link TestDatabases} does.
 *
 * <p>{@code POST /v1/decide} must be 503 {@code receipt_error} while the database is down and 200
 * with a {@code receipt_id} when it is back; {@code POST /v1/scan} stays 200 throughout.
 */
@DisplayName("A database outage degrades the service quickly and it recovers without a restart")
@Import(ProbeController.class)
class DatabaseOutageTest extends ApiTestSupport {

    /** Hikari's connectionTimeout is 2 s and the health validation 2 s: an answer within this is "quick". */
    private static final Duration QUICK = Duration.ofSeconds(6);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/:]+):(\\d+)(/.*)");

    private static final String DECIDE = "/v1/decide";
    private static final String SCAN = "/v1/scan";
    private static final String DECIDE_BODY = "{\"action\":{\"type\":\"file.write\",\"resource\":\"/tmp/out.txt\"},\"text\":\"hello\"}";

    private static TcpProxy proxy;

    private static String proxiedUrl;

    @BeforeAll
    static void postgresBehindAProxy() throws IOException {
        String directUrl;
        try (HikariDataSource migrated = TestDatabases.postgres()) {
            directUrl = migrated.getJdbcUrl();
        }
        Matcher url = POSTGRES_URL.matcher(directUrl);
        assertThat(url.matches()).as("a jdbc:postgresql://host:port/… URL").isTrue();
        proxy = new TcpProxy(url.group(1), Integer.parseInt(url.group(2)));
        proxiedUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3);
    }

    @AfterAll
    static void stopProxy() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
    }

    @DynamicPropertySource
    static void databaseThroughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("DATAFOG_DB_URL", () -> proxiedUrl);
        registry.add("DATAFOG_RECEIPT_HASH_KEY", () -> "outage-test-key");
        String user = System.getenv("DATAFOG_TEST_DB_USER");
        if (user != null) {
            registry.add("DATAFOG_DB_USER", () -> user);
        }
        String password = System.getenv("DATAFOG_TEST_DB_PASSWORD");
        if (password != null) {
            registry.add("DATAFOG_DB_PASSWORD", () -> password);
        }
    }

    @BeforeEach
    void databaseIsUp() {
        proxy.restore();
        awaitHealth(200, RECOVERY);
    }

    @Test
    @DisplayName("database stopped (connections dropped and refused): /health is 503 degraded within seconds, then 200 again")
    void refusedConnections() {
        proxy.refuse();
        whileDown();
        proxy.restore();
        whenBack();
    }

    @Test
    @DisplayName("network partition (packets vanish, only timeouts notice): /health is 503 degraded within seconds, then 200 again")
    void blackholedConnections() {
        proxy.blackhole();
        whileDown();
        proxy.restore();
        whenBack();
    }

    private void whileDown() {
        long started = System.nanoTime();
        EntityExchangeResult<byte[]> health = client.get().uri("/health").exchange().expectBody().returnResult();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(health.getStatus().value()).isEqualTo(503);
        assertThat(new String(health.getResponseBody())).contains("\"status\":\"degraded\"");
        assertThat(took).as("time to answer /health while the database is down").isLessThan(QUICK);
        System.out.println("database outage: /health answered 503 in " + took.toMillis() + " ms");
        requestsWithoutTheDatabaseStillWork();
        long decideStarted = System.nanoTime();
        client.post().uri(DECIDE).contentType(MediaType.APPLICATION_JSON).bodyValue(DECIDE_BODY).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.error.code").isEqualTo("receipt_error")
                .jsonPath("$.receipt_id").doesNotExist();
        assertThat(Duration.ofNanos(System.nanoTime() - decideStarted)).as("time to refuse a decision").isLessThan(QUICK);
        // The retention routes say the same, not 500.
        client.get().uri("/v1/retention/holds").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.error.code").isEqualTo("receipt_error");
    }

    private void whenBack() {
        awaitHealth(200, RECOVERY);
        requestsWithoutTheDatabaseStillWork();
        awaitDecision(RECOVERY);
    }

    /** Pool connections broken by the outage are replaced lazily, so the first decisions may still fail. */
    private void awaitDecision(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = client.post().uri(DECIDE).contentType(MediaType.APPLICATION_JSON).bodyValue(DECIDE_BODY).exchange()
                    .expectBody().returnResult().getStatus().value();
            if (last == 200) {
                client.post().uri(DECIDE).contentType(MediaType.APPLICATION_JSON).bodyValue(DECIDE_BODY).exchange()
                        .expectStatus().isOk().expectBody().jsonPath("$.receipt_id").isNotEmpty();
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("decisions did not succeed again within " + within + "; last status " + last);
    }

    /** Work that needs no database (scans, transforms) is unaffected by the outage. */
    private void requestsWithoutTheDatabaseStillWork() {
        client.post().uri(ProbeController.PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"hello\"}").exchange().expectStatus().isOk();
        client.post().uri(SCAN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"mail alice@example.com\"}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.findings[0].entity_type").isEqualTo("email");
    }

    private void awaitHealth(int status, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = client.get().uri("/health").exchange().expectBody().returnResult().getStatus().value();
            if (last == status) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        assertThat(last).as("/health status within " + within).isEqualTo(status);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for /health", interrupted);
        }
    }
}
