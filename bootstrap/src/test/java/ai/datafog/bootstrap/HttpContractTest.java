package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The HTTP skeleton answers with the v1 contract, through the real router")
class HttpContractTest extends ApiTestSupport {

    @Test
    @DisplayName("GET /health reports ok with the start time while the database is reachable")
    void healthIsOk() {
        client.get().uri("/health").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().exists("X-Request-ID")
                .expectBody()
                .jsonPath("$.status").isEqualTo("ok")
                .jsonPath("$.started_at").isNotEmpty();
    }

    @Test
    @DisplayName("a caller's valid X-Request-ID is echoed back")
    void requestIdIsEchoed() {
        client.get().uri("/health").header("X-Request-ID", "req-abc_123").exchange()
                .expectHeader().valueEquals("X-Request-ID", "req-abc_123");
    }

    @Test
    @DisplayName("an over-long or non-printable X-Request-ID is replaced by a generated one")
    void badRequestIdIsReplaced() {
        String tooLong = "x".repeat(129);
        String replaced = client.get().uri("/health").header("X-Request-ID", tooLong).exchange()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-ID");
        assertThat(replaced).isNotBlank().isNotEqualTo(tooLong).hasSizeLessThanOrEqualTo(128);
    }

    @Test
    @DisplayName("an unknown route is a 404 not_found error body carrying the request id")
    void unknownRouteIs404() {
        client.get().uri("/v1/nothing-here").header("X-Request-ID", "rid-404").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("not_found")
                .jsonPath("$.error.request_id").isEqualTo("rid-404")
                .jsonPath("$.error.message").isNotEmpty();
    }

    @Test
    @DisplayName("a known route with the wrong method is a 405 with an Allow header")
    void wrongMethodIs405() {
        client.delete().uri("/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().valueEquals(HttpHeaders.ALLOW, "GET")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("method_not_allowed");
    }

    @Test
    @DisplayName("a 405 for a made-up method does not echo the method")
    void madeUpMethodIsNotEchoed() {
        byte[] body = client.method(org.springframework.http.HttpMethod.valueOf("CANARYMETHOD")).uri("/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectBody().returnResult().getResponseBodyContent();
        org.assertj.core.api.Assertions.assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                .contains("method_not_allowed").doesNotContain("CANARYMETHOD");
    }
}
