package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Legal holds over HTTP: /v1/retention/holds")
class LegalHoldsApiTest extends ApiTestSupport {

    private String place(String json) {
        Map<?, ?> hold = client.post().uri("/v1/retention/holds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/v1/retention/holds/[0-9a-f-]{36}")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(hold).isNotNull();
        return (String) hold.get("hold_id");
    }

    @Test
    @DisplayName("a hold is placed (201), listed, released (200), and a second release is a 409 conflict")
    void lifecycle() {
        String id = place("{\"tenant_id\":\"acme\",\"actor_id\":\"alice\",\"reason\":\"subpoena 7\"}");

        client.get().uri("/v1/retention/holds").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.holds[?(@.hold_id == '" + id + "')].actor_id").isEqualTo("alice")
                .jsonPath("$.holds[?(@.hold_id == '" + id + "')].active").isEqualTo(true);

        client.delete().uri("/v1/retention/holds/" + id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.active").isEqualTo(false)
                .jsonPath("$.released_at").isNotEmpty()
                .jsonPath("$.reason").isEqualTo("subpoena 7");

        client.delete().uri("/v1/retention/holds/" + id).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.error.code").isEqualTo("conflict");
        client.get().uri("/v1/retention/holds").exchange()
                .expectBody().jsonPath("$.holds[?(@.hold_id == '" + id + "')].active").isEqualTo(false);
    }

    @Test
    @DisplayName("a tenant-wide hold has a null actor_id")
    void tenantWide() {
        String id = place("{\"tenant_id\":\"acme\",\"reason\":\"litigation\"}");
        client.get().uri("/v1/retention/holds").exchange()
                .expectBody().jsonPath("$.holds[?(@.hold_id == '" + id + "')].tenant_id").isEqualTo("acme");
    }

    @Test
    @DisplayName("the list pages newest first with limit and next_cursor, and filters by tenant and by active")
    void listPagesAndFilters() {
        String tenant = "pages-" + UUID.randomUUID();
        String first = place("{\"tenant_id\":\"" + tenant + "\",\"reason\":\"one\"}");
        String second = place("{\"tenant_id\":\"" + tenant + "\",\"reason\":\"two\"}");
        String third = place("{\"tenant_id\":\"" + tenant + "\",\"reason\":\"three\"}");
        client.delete().uri("/v1/retention/holds/" + second).exchange().expectStatus().isOk();

        Map<?, ?> page = listPage("/v1/retention/holds?tenant_id=" + tenant + "&limit=2");
        assertThat(ids(page)).containsExactly(third, second);
        Map<?, ?> next = listPage("/v1/retention/holds?tenant_id=" + tenant + "&limit=2&cursor=" + page.get("next_cursor"));
        assertThat(ids(next)).containsExactly(first);
        assertThat(next.get("next_cursor")).as("the last page").isNull();

        assertThat(ids(listPage("/v1/retention/holds?tenant_id=" + tenant + "&active=true"))).containsExactly(third, first);
        assertThat(ids(listPage("/v1/retention/holds?tenant_id=" + tenant + "&active=false"))).containsExactly(second);
        assertThat(ids(listPage("/v1/retention/holds?tenant_id=other-" + tenant))).isEmpty();
    }

    @Test
    @DisplayName("a bad limit, active, cursor or tenant_id in the list's query is a 400 that does not echo it")
    void listRefusesBadParameters() {
        String canary = "canary-4111111111111111";
        for (String query : new String[]{"limit=0", "limit=501", "limit=" + canary, "limit=", "active=" + canary,
                "active=TRUE", "cursor=" + canary, "cursor=" + UUID.randomUUID(), "tenant_id=", "tenant_id=a&tenant_id=b",
                "tenant_id=" + canary + "%01", "tenant_id=" + "t".repeat(201)}) {
            String body = client.get().uri(URI.create("http://127.0.0.1:" + port + "/v1/retention/holds?" + query)).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(body).as(query).contains("\"invalid_request\"").doesNotContain(canary);
        }
    }

    private static List<String> ids(Map<?, ?> page) {
        return ((List<?>) page.get("holds")).stream().map(hold -> (String) ((Map<?, ?>) hold).get("hold_id")).toList();
    }

    @Test
    @DisplayName("unknown or malformed hold ids are a 404")
    void unknown() {
        client.delete().uri("/v1/retention/holds/" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
        client.delete().uri("/v1/retention/holds/not-a-uuid").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
    }

    @Test
    @DisplayName("missing tenant or reason, wrong types, blank or over-long values are a 400")
    void invalid() {
        for (String body : new String[]{
                "{\"reason\":\"r\"}",
                "{\"tenant_id\":\"acme\"}",
                "{\"tenant_id\":\"acme\",\"reason\":\"  \"}",
                "{\"tenant_id\":7,\"reason\":\"r\"}",
                "{\"tenant_id\":\"acme\",\"actor_id\":[],\"reason\":\"r\"}",
                "{\"tenant_id\":\"" + "t".repeat(201) + "\",\"reason\":\"r\"}",
                "{\"tenant_id\":\"acme\",\"reason\":\"" + "r".repeat(2001) + "\"}",
                "[]",
                "{"}) {
            client.post().uri("/v1/retention/holds").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        }
    }
}
