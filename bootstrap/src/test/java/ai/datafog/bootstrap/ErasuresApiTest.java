package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.SeededReceipts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Subject erasure over HTTP: /v1/retention/erasures")
class ErasuresApiTest extends ApiTestSupport {

    private static final String CANARY = "canary-Mary-Major-4111111111111111";

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("an erasure deletes the subject's receipts now and answers 201 with evidence holding only the ids")
    void erases() {
        UUID mine = SeededReceipts.insert(dataSource, "erase-http", "subject-1", "s1", Instant.now());
        UUID other = SeededReceipts.insert(dataSource, "erase-http", "subject-2", "s1", Instant.now());

        byte[] body = client.post().uri("/v1/retention/erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"tenant_id\":\"erase-http\",\"actor_id\":\"subject-1\",\"reason\":\"" + CANARY + "\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        String json = new String(body, StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("canary").doesNotContain("4111");
        assertThat(SeededReceipts.ids(dataSource)).contains(other).doesNotContain(mine);
        Map<?, ?> record = client.get().uri("/v1/retention/purges?limit=1").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(String.valueOf(record)).contains("erasure", "subject-1", "erase-http").doesNotContain("canary");
        client.get().uri("/v1/retention/purges?limit=1").exchange().expectBody()
                .jsonPath("$.purges[0].kind").isEqualTo("erasure")
                .jsonPath("$.purges[0].rows_deleted").isEqualTo(1)
                .jsonPath("$.purges[0].scope.type").isEqualTo("subject")
                .jsonPath("$.purges[0].scope.actor_id").isEqualTo("subject-1")
                .jsonPath("$.purges[0].scope.session_id").isEmpty();
    }

    @Test
    @DisplayName("a covering hold makes the erasure a 409 conflict naming the hold, and nothing is deleted")
    void held() {
        UUID receipt = SeededReceipts.insert(dataSource, "erase-held", "subject-3", "s9", Instant.now());
        Map<?, ?> hold = client.post().uri("/v1/retention/holds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"tenant_id\":\"erase-held\",\"reason\":\"litigation\"}").exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        client.post().uri("/v1/retention/erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"tenant_id\":\"erase-held\",\"session_id\":\"s9\",\"reason\":\"" + CANARY + "\"}")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("conflict")
                .jsonPath("$.error.details").isEqualTo("hold_ids: " + hold.get("hold_id"));
        assertThat(SeededReceipts.ids(dataSource)).contains(receipt);
    }

    @Test
    @DisplayName("no actor and no session, no tenant, no reason, or wrong types are a 400")
    void invalid() {
        for (String body : new String[]{
                "{\"tenant_id\":\"acme\",\"reason\":\"r\"}",
                "{\"actor_id\":\"a\",\"reason\":\"r\"}",
                "{\"tenant_id\":\"acme\",\"actor_id\":\"a\"}",
                "{\"tenant_id\":\"acme\",\"session_id\":5,\"reason\":\"r\"}",
                "{\"tenant_id\":\"acme\",\"actor_id\":\" \",\"reason\":\"r\"}",
                "{\"tenant_id\":\"acme\",\"actor_id\":\"" + "a".repeat(201) + "\",\"reason\":\"r\"}"}) {
            client.post().uri("/v1/retention/erasures").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        }
        client.post().uri("/v1/retention/erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"tenant_id\":\"acme\",\"reason\":\"r\"}").exchange()
                .expectBody().jsonPath("$.error.message").isEqualTo("actor_id or session_id is required");
    }
}
