package ai.datafog.bootstrap;

import ai.datafog.adapter.http.DetachedCalls;
import ai.datafog.adapter.jdbc.SeededReceipts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Purges over HTTP: /v1/retention/purges")
class PurgesApiTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    DetachedCalls detachedCalls;

    private Map<?, ?> runPurge(String body) {
        var request = client.post().uri("/v1/retention/purges").contentType(MediaType.APPLICATION_JSON);
        var spec = body == null ? request.exchange() : request.bodyValue(body).exchange();
        Map<?, ?> record = spec.expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/v1/retention/purges/[0-9a-f-]{36}")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(record).isNotNull();
        return record;
    }

    @Test
    @DisplayName("a manual purge deletes expired receipts and answers with its evidence, readable again by id")
    void manualPurge() {
        Instant old = Instant.now().minus(Duration.ofDays(120));
        UUID expired = SeededReceipts.insert(dataSource, "purge-http", "a", null, old);
        UUID fresh = SeededReceipts.insert(dataSource, "purge-http", "a", null, Instant.now());

        Map<?, ?> record = runPurge("{}");

        assertThat(record.get("kind")).isEqualTo("manual");
        assertThat(record.get("status")).isEqualTo("succeeded");
        assertThat(record.get("dry_run")).isEqualTo(false);
        assertThat((String) record.get("trigger")).startsWith("http request_id=");
        assertThat(((Number) record.get("rows_deleted")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(SeededReceipts.ids(dataSource)).contains(fresh).doesNotContain(expired);

        client.get().uri("/v1/retention/purges/" + record.get("purge_id")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.purge_id").isEqualTo(record.get("purge_id"))
                .jsonPath("$.scope.type").isEqualTo("all_tenants")
                .jsonPath("$.tenants[?(@.tenant_id == 'purge-http')].retention").isEqualTo("P90D")
                .jsonPath("$.tenants[?(@.tenant_id == 'purge-http')].receipts").isEqualTo(1)
                .jsonPath("$.finished_at").isNotEmpty();
        client.get().uri("/v1/retention/purges?limit=500").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.purges[?(@.purge_id == '" + record.get("purge_id") + "')]").isNotEmpty();
    }

    @Test
    @DisplayName("purges run on threads of their own, not on the JDBC threads that complete decisions' receipt writes")
    void purgesDoNotHoldTheJdbcThreads() {
        String thread = detachedCalls.call(() -> Thread.currentThread().getName()).block(Duration.ofSeconds(10));

        assertThat(thread).startsWith("datafog-retention");
    }

    @Test
    @DisplayName("a dry run counts without deleting; an empty body means a normal purge")
    void dryRunAndEmptyBody() {
        UUID expired = SeededReceipts.insert(dataSource, "dry-http", "a", null, Instant.now().minus(Duration.ofDays(120)));

        Map<?, ?> dry = runPurge("{\"dry_run\":true}");
        assertThat(dry.get("dry_run")).isEqualTo(true);
        assertThat(dry.get("rows_deleted")).isEqualTo(0);
        assertThat(SeededReceipts.ids(dataSource)).contains(expired);

        runPurge(null);
        assertThat(SeededReceipts.ids(dataSource)).doesNotContain(expired);
    }

    @Test
    @DisplayName("while another replica holds the purge lease, a manual purge is a 409 conflict")
    void alreadyRunning() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE retention_leases SET owner = 'another-replica', expires_at = CURRENT_TIMESTAMP + INTERVAL '1' HOUR"
                + " WHERE name = 'receipt-purge'");
        try {
            client.post().uri("/v1/retention/purges").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.error.code").isEqualTo("conflict");
        } finally {
            jdbc.update("UPDATE retention_leases SET owner = NULL WHERE name = 'receipt-purge'");
        }
    }

    @Test
    @DisplayName("the list pages newest first with limit and next_cursor, and filters by kind and status")
    void listPagesAndFilters() {
        String first = (String) runPurge("{\"dry_run\":true}").get("purge_id");
        String second = (String) runPurge("{\"dry_run\":true}").get("purge_id");
        String third = (String) runPurge("{\"dry_run\":true}").get("purge_id");

        Map<?, ?> page = listPage("/v1/retention/purges?kind=manual&limit=2");
        assertThat(ids(page)).containsExactly(third, second);
        Map<?, ?> next = listPage("/v1/retention/purges?kind=manual&limit=1&cursor=" + page.get("next_cursor"));
        assertThat(ids(next)).containsExactly(first);

        assertThat(ids(listPage("/v1/retention/purges?kind=manual&status=succeeded&limit=1"))).containsExactly(third);
        assertThat(ids(listPage("/v1/retention/purges?status=failed&limit=500"))).doesNotContain(first, second, third);
        List<?> erasures = (List<?>) listPage("/v1/retention/purges?kind=erasure&limit=500").get("purges");
        assertThat(erasures).allSatisfy(record -> assertThat(((Map<?, ?>) record).get("kind")).isEqualTo("erasure"));
    }

    @Test
    @DisplayName("a bad kind, status, limit or cursor in the list's query is a 400 that does not echo it")
    void listRefusesBadParameters() {
        String canary = "canary-4111111111111111";
        for (String query : new String[]{"kind=" + canary, "kind=MANUAL", "kind=", "kind=manual&kind=erasure",
                "status=" + canary, "status=done", "limit=" + canary, "cursor=" + canary, "cursor=" + UUID.randomUUID()}) {
            String body = client.get().uri("/v1/retention/purges?" + query).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(body).as(query).contains("\"invalid_request\"").doesNotContain(canary);
        }
        client.get().uri("/v1/retention/purges?kind=sched").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.message").isEqualTo("kind must be one of scheduled, manual, erasure");
        client.get().uri("/v1/retention/purges?status=ok").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.message")
                .isEqualTo("status must be one of running, succeeded, failed, interrupted");
    }

    private static List<String> ids(Map<?, ?> page) {
        return ((List<?>) page.get("purges")).stream().map(record -> (String) ((Map<?, ?>) record).get("purge_id")).toList();
    }

    @Test
    @DisplayName("bad dry_run, bad limit, unknown and malformed ids, and non-JSON bodies are refused")
    void errors() {
        client.post().uri("/v1/retention/purges").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"dry_run\":\"yes\"}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        client.post().uri("/v1/retention/purges").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"dry_run\":")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        client.post().uri("/v1/retention/purges").contentType(MediaType.TEXT_PLAIN).bodyValue("go")
                .exchange().expectStatus().isEqualTo(415);
        for (String limit : new String[]{"0", "501", "abc", "-1", "1.5"}) {
            client.get().uri("/v1/retention/purges?limit=" + limit).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error.message").isEqualTo("limit must be a whole number from 1 to 500");
        }
        client.get().uri("/v1/retention/purges/" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
        client.get().uri("/v1/retention/purges/nope").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
        client.delete().uri("/v1/retention/purges").exchange()
                .expectStatus().isEqualTo(405).expectBody().jsonPath("$.error.code").isEqualTo("method_not_allowed");
    }
}
