package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("POST /v1/scan finds entities and validates its request, through the real router")
class ScanApiTest extends ApiTestSupport {

    private WebTestClient.ResponseSpec scan(String json) {
        return client.post().uri("/v1/scan").contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                .header("X-Request-ID", "hdr-1").exchange();
    }

    @Test
    @DisplayName("findings carry type, value, code point offsets and confidence, ordered by start")
    void findsEntities() {
        scan("{\"text\":\"😀 mail ann@example.org or call 415-555-0132\"}")
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.request_id").isEqualTo("hdr-1")
                .jsonPath("$.findings.length()").isEqualTo(2)
                .jsonPath("$.findings[0].entity_type").isEqualTo("email")
                .jsonPath("$.findings[0].value").isEqualTo("ann@example.org")
                .jsonPath("$.findings[0].start").isEqualTo(7)
                .jsonPath("$.findings[0].end").isEqualTo(22)
                .jsonPath("$.findings[0].confidence").isNumber()
                .jsonPath("$.findings[1].entity_type").isEqualTo("phone")
                .jsonPath("$.findings[1].value").isEqualTo("415-555-0132");
    }

    @Test
    @DisplayName("the body's request_id and trace_id win and are echoed")
    void echoesIds() {
        scan("{\"text\":\"nothing here\",\"request_id\":\"body-7\",\"trace_id\":\"trace-9\",\"idempotency_key\":\"k1\"}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.request_id").isEqualTo("body-7")
                .jsonPath("$.trace_id").isEqualTo("trace-9")
                .jsonPath("$.findings.length()").isEqualTo(0);
    }

    @Test
    @DisplayName("entity_types and min_confidence filter the findings")
    void filters() {
        scan("{\"text\":\"ann@example.org 415-555-0132\",\"entity_types\":[\"phone\"]}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.findings.length()").isEqualTo(1)
                .jsonPath("$.findings[0].entity_type").isEqualTo("phone");
        scan("{\"text\":\"ann@example.org 415-555-0132\",\"min_confidence\":1}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.findings.length()").isEqualTo(0);
    }

    @Test
    @DisplayName("an unknown entity type is a 400 listing the valid types, without echoing the request")
    void unknownEntityType() {
        String body = scan("{\"text\":\"x\",\"entity_types\":[\"canary-type-zz\"]}")
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"invalid_request\"").contains("email, phone, ssn").contains("location")
                .doesNotContain("canary-type-zz");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{}", "{\"text\":\"\"}", "{\"text\":null}", "{\"text\":42}", "{\"text\":[\"a\"]}", "{\"text\":{}}",
            "{\"text\":\"a\",\"min_confidence\":1.5}", "{\"text\":\"a\",\"min_confidence\":-0.1}",
            "{\"text\":\"a\",\"min_confidence\":\"high\"}", "{\"text\":\"a\",\"entity_types\":\"email\"}",
            "{\"text\":\"a\",\"entity_types\":[1]}", "{\"text\":\"a\",\"request_id\":5}",
            "{\"text\":\"a\",\"trace_id\":true}", "not json", "[]", "\"text\"",
            "{\"text\":\"a\",\"text\":\"b\"}",
    })
    void invalidRequests(String json) {
        scan(json).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_request")
                .jsonPath("$.error.request_id").isEqualTo("hdr-1")
                .jsonPath("$.error.message").isNotEmpty();
    }

    @Test
    @DisplayName("an idempotency_key longer than 200 characters is a 400")
    void longIdempotencyKey() {
        scan("{\"text\":\"a\",\"idempotency_key\":\"" + "k".repeat(201) + "\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.message").isEqualTo("idempotency_key must be at most 200 characters");
        scan("{\"text\":\"a\",\"idempotency_key\":\"" + "k".repeat(200) + "\"}").expectStatus().isOk();
    }

    @Test
    @DisplayName("a request without a JSON content type is a 415; GET is a 405")
    void mediaTypeAndMethod() {
        client.post().uri("/v1/scan").contentType(MediaType.TEXT_PLAIN).bodyValue("{\"text\":\"a\"}").exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.error.code").isEqualTo("unsupported_media_type");
        client.get().uri("/v1/scan").exchange()
                .expectStatus().isEqualTo(405)
                .expectBody().jsonPath("$.error.code").isEqualTo("method_not_allowed");
    }

    @Test
    @DisplayName("error bodies never contain the submitted text")
    void errorsDoNotEchoText() {
        String body = scan("{\"text\":\"canary 078-05-1120\",\"min_confidence\":7}")
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).doesNotContain("canary").doesNotContain("078-05-1120");
    }

    @Test
    @DisplayName("a body near the 1 MiB limit is scanned and answered")
    void largeBody() {
        String filler = "lorem ipsum dolor sit amet ".repeat(36_000);
        scan("{\"text\":\"" + filler + "ann@example.org\"}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.findings[0].start").isEqualTo(filler.length());
    }
}
