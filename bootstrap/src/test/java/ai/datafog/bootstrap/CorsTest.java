package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("CORS admits exactly the configured origins and never reflects another")
@TestPropertySource(properties = {
        "DATAFOG_CORS_ORIGINS=https://app.example, https://admin.example",
        "DATAFOG_API_TOKEN=cors-token"})
class CorsTest extends ApiTestSupport {

    @Test
    @DisplayName("a preflight from an allowed origin is answered before auth, echoing only that origin")
    void allowedPreflight() {
        client.options().uri("/metrics")
                .header(HttpHeaders.ORIGIN, "https://app.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization")
                .exchange()
                .expectStatus().isNoContent()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.example")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, h -> assertThat(h).contains("Authorization"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, m -> assertThat(m).contains("POST"))
                .expectHeader().exists("X-Request-ID");
    }

    @Test
    @DisplayName("a preflight from any other origin is refused with 403 and no Access-Control header")
    void foreignPreflight() {
        for (String origin : new String[] {"https://evil.example", "https://app.example.evil.example", "null", "http://app.example"}) {
            client.options().uri("/metrics")
                    .header(HttpHeaders.ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                    .expectBody().jsonPath("$.error.code").isEqualTo("forbidden");
        }
    }

    @Test
    @DisplayName("an actual request from an allowed origin exposes X-Request-ID; a foreign origin gets no CORS header")
    void actualRequests() {
        client.get().uri("/metrics").header(HttpHeaders.ORIGIN, "https://admin.example")
                .header("X-API-Key", "cors-token").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://admin.example")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, h -> assertThat(h).contains("X-Request-ID"));
        client.get().uri("/metrics").header(HttpHeaders.ORIGIN, "https://evil.example")
                .header("X-API-Key", "cors-token").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    @DisplayName("an allowed origin still needs the token on actual requests")
    void corsDoesNotBypassAuth() {
        client.get().uri("/metrics").header(HttpHeaders.ORIGIN, "https://app.example").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.example");
    }
}
