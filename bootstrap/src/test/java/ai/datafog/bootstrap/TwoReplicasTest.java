package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Two replicas on one PostgreSQL behave as one service")
class TwoReplicasTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static WebTestClient replicaA;
    private static WebTestClient replicaB;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        String schema = "replicas_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String url = TestDatabases.postgresSchemaUrl(schema);
        first = start(url, schema);
        second = start(url, schema);
        replicaA = client(first);
        replicaB = client(second);
    }

    private static ConfigurableApplicationContext start(String url, String schema) throws Exception {
        return new SpringApplicationBuilder(DatafogApplication.class).properties(
                "server.port=0",
                "DATAFOG_DB_URL=" + url,
                "DATAFOG_RECEIPT_PATH=" + TestFiles.directory("replica"),
                "DATAFOG_RECEIPT_HASH_KEY=shared-replica-key",
                "spring.flyway.schemas=" + schema).run();
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    static void stopReplicas() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    @DisplayName("a decision made on one replica is replayed by the other for the same idempotency key, with one receipt")
    void idempotencyIsShared() {
        String tenant = "t-" + UUID.randomUUID();
        String json = """
                {"action":{"type":"file.write"},"text":"mail bo.chen@example.net","tenant_id":"%s","idempotency_key":"shared-1"}"""
                .formatted(tenant);
        byte[] fromA = replicaA.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        byte[] fromB = replicaB.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBody();
        assertThat(fromB).isEqualTo(fromA);

        replicaB.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.replace("file.write", "file.read")).exchange()
                .expectStatus().isEqualTo(409);
        replicaB.get().uri("/v1/receipts?tenant_id={t}", tenant).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.receipts.length()").isEqualTo(1);
    }

    @Test
    @DisplayName("receipts written through either replica are found through both")
    void receiptsAreShared() {
        String tenant = "t-" + UUID.randomUUID();
        String idA = decide(replicaA, tenant);
        String idB = decide(replicaB, tenant);
        for (WebTestClient replica : new WebTestClient[] {replicaA, replicaB}) {
            replica.get().uri("/v1/receipts/{id}", idA).exchange().expectStatus().isOk();
            replica.get().uri("/v1/receipts/{id}", idB).exchange().expectStatus().isOk();
            replica.get().uri("/v1/receipts?tenant_id={t}", tenant).exchange()
                    .expectBody()
                    .jsonPath("$.receipts.length()").isEqualTo(2)
                    .jsonPath("$.receipts[0].receipt_id").isEqualTo(idB)
                    .jsonPath("$.receipts[1].receipt_id").isEqualTo(idA);
        }
    }

    private static String decide(WebTestClient replica, String tenant) {
        return replica.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"action\":{\"type\":\"file.read\"},\"tenant_id\":\"" + tenant + "\"}")
                .exchange().expectStatus().isOk()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("receipt_id").toString();
    }
}
