package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Rate limits apply per client token with Bucket4j (SPEC §10)")
@Import(TestRoutes.class)
@TestPropertySource(properties = {
        "DATAFOG_API_TOKEN=client-a,client-b,client-c,client-d",
        "DATAFOG_RATE_LIMIT_RPS=0.2",
        "DATAFOG_RATE_LIMIT_BURST=2"})
class RateLimitTest extends ApiTestSupport {

    @Test
    @DisplayName("within the burst requests pass with X-RateLimit-Remaining counting down; then 429 with Retry-After")
    void burstThen429() {
        client.get().uri("/test/items/1").header("X-API-Key", "client-a").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "1");
        client.get().uri("/test/items/1").header("X-API-Key", "client-a").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "0");
        EntityExchangeResult<byte[]> refused = client.get().uri("/test/items/1").header("X-API-Key", "client-a")
                .header("X-Request-ID", "rid-429").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader().valueEquals("X-Request-ID", "rid-429")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("rate_limited")
                .jsonPath("$.error.request_id").isEqualTo("rid-429")
                .returnResult();
        String retryAfter = refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(retryAfter).matches("\\d+");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 5L);
    }

    @Test
    @DisplayName("each token has its own bucket")
    void clientsAreIndependent() {
        for (int i = 0; i < 2; i++) {
            client.get().uri("/test/items/1").header("X-API-Key", "client-b").exchange().expectStatus().isOk();
        }
        client.get().uri("/test/items/1").header("X-API-Key", "client-b").exchange().expectStatus().isEqualTo(429);
        client.get().uri("/test/items/1").header("X-API-Key", "client-c").exchange().expectStatus().isOk();
    }

    @Test
    @DisplayName("/health is never rate limited, so probes keep working")
    void healthIsNotLimited() {
        for (int i = 0; i < 6; i++) {
            client.get().uri("/health").exchange().expectStatus().isOk()
                    .expectHeader().doesNotExist("X-RateLimit-Remaining");
        }
    }

    @Test
    @DisplayName("refusals are counted in Prometheus as datafog_ratelimit_rejections_total")
    void rejectionsAreCounted() {
        for (int i = 0; i < 3; i++) {
            client.get().uri("/test/items/1").header("X-API-Key", "client-d").exchange();
        }
        byte[] body = client.get().uri("/actuator/prometheus").header("X-API-Key", "client-c").exchange()
                .expectBody().returnResult().getResponseBody();
        String scrape = new String(body, StandardCharsets.UTF_8);
        assertThat(scrape).containsPattern("datafog_ratelimit_rejections_total(\\{[^}]*})? [1-9]");
    }
}
