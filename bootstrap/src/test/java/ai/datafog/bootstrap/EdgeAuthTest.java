package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("With tokens configured, every route but /health needs a valid token (SPEC §10)")
@Import(TestRoutes.class)
@TestPropertySource(properties = {
        "DATAFOG_API_TOKEN=" + EdgeAuthTest.OLD_TOKEN + "," + EdgeAuthTest.NEW_TOKEN,
        "DATAFOG_ADMIN_TOKEN=" + EdgeAuthTest.ADMIN_TOKEN})
@ExtendWith(OutputCaptureExtension.class)
class EdgeAuthTest extends ApiTestSupport {

    static final String OLD_TOKEN = "canary-old-token-7f3a9c";
    static final String NEW_TOKEN = "canary-new-token-b81e2d";
    static final String ADMIN_TOKEN = "canary-admin-token-55aa01";
    private static final String WRONG_TOKEN = "canary-wrong-token-0c0c0c";

    @Test
    @DisplayName("GET /health needs no token")
    void healthIsPublic() {
        client.get().uri("/health").exchange().expectStatus().isOk();
    }

    @Test
    @DisplayName("a missing token is 401 unauthorized with WWW-Authenticate: Bearer and the request id")
    void missingTokenIs401() {
        client.get().uri("/metrics").header("X-Request-ID", "rid-401").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().valueEquals("X-Request-ID", "rid-401")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("unauthorized")
                .jsonPath("$.error.request_id").isEqualTo("rid-401");
    }

    @Test
    @DisplayName("a wrong token is 401, whether sent as Bearer or as X-API-Key, and is never echoed")
    void wrongTokenIs401(CapturedOutput output) {
        EntityExchangeResult<byte[]> bearer = client.get().uri("/metrics")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WRONG_TOKEN).exchange()
                .expectStatus().isUnauthorized().expectBody().returnResult();
        EntityExchangeResult<byte[]> apiKey = client.get().uri("/metrics")
                .header("X-API-Key", WRONG_TOKEN).exchange()
                .expectStatus().isUnauthorized().expectBody().returnResult();
        for (EntityExchangeResult<byte[]> result : new EntityExchangeResult[] {bearer, apiKey}) {
            assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8)).doesNotContain("canary");
            assertThat(result.getResponseHeaders().toString()).doesNotContain("canary");
        }
        assertThat(output.getAll()).doesNotContain(WRONG_TOKEN);
    }

    @Test
    @DisplayName("both rotated tokens are accepted, as Bearer (any case) or X-API-Key")
    void rotatedTokensAreAccepted() {
        client.get().uri("/test/items/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + OLD_TOKEN).exchange()
                .expectStatus().isOk();
        client.get().uri("/test/items/1").header(HttpHeaders.AUTHORIZATION, "bearer " + NEW_TOKEN).exchange()
                .expectStatus().isOk();
        client.get().uri("/test/items/1").header("X-API-Key", NEW_TOKEN).exchange()
                .expectStatus().isOk();
    }

    @Test
    @DisplayName("a token that is a prefix or extension of a valid one is refused")
    void nearMissTokensAreRefused() {
        client.get().uri("/metrics").header("X-API-Key", OLD_TOKEN.substring(0, OLD_TOKEN.length() - 1)).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/metrics").header("X-API-Key", OLD_TOKEN + "x").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/metrics").header(HttpHeaders.AUTHORIZATION, "Basic " + OLD_TOKEN).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    @DisplayName("an admin route refuses an API token with 403 forbidden and admits the admin token")
    void adminRoutesNeedTheAdminToken() {
        client.get().uri("/v1/retention/test-admin").header("X-API-Key", NEW_TOKEN).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error.code").isEqualTo("forbidden");
        client.get().uri("/v1/retention/test-admin").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/v1/retention/test-admin").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/retention;x=1/test-admin", "/v1/%72etention/test-admin",
            "/v1;a=b/retention/test-admin", "/v1/retention/test-admin;p=1", "/v1/RETENTION/test-admin",
            "/v1/x/../retention/test-admin", "/v1/./retention/test-admin", "//v1//retention/test-admin",
            "/v1%2Fretention/test-admin"})
    @DisplayName("an admin route spelt with ;parameters, percent-encoding, dot segments or another case still refuses an API token")
    void disguisedAdminRoutesStillNeedTheAdminToken(String path) {
        client.get().uri(raw(path)).header("X-API-Key", NEW_TOKEN).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error.code").isEqualTo("forbidden");
        client.get().uri(raw(path)).exchange()
                .expectStatus().isUnauthorized();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/retention;x=1/test-admin", "/v1/%72etention/test-admin", "/v1/retention/test-admin;p=1"})
    @DisplayName("those spellings do reach the admin route (so the refusal above is the admin check, not a 404)")
    void disguisedAdminRoutesAreRouted(String path) {
        client.get().uri(raw(path)).header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).exchange()
                .expectStatus().isOk();
    }

    /** The path as written, not re-encoded by the client. */
    private URI raw(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    @DisplayName("/metrics, /actuator/prometheus and /v3/api-docs need the token too")
    void operationalRoutesNeedTheToken() {
        for (String path : new String[] {"/metrics", "/actuator/prometheus", "/actuator/health", "/v3/api-docs", "/swagger-ui.html"}) {
            client.get().uri(path).exchange().expectStatus().isUnauthorized();
        }
        client.get().uri("/metrics").header("X-API-Key", NEW_TOKEN).exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").header("X-API-Key", NEW_TOKEN).exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs").header("X-API-Key", NEW_TOKEN).exchange().expectStatus().isOk();
    }

    @Test
    @DisplayName("no token appears in logs, metrics or Prometheus labels after authenticated and refused calls")
    void tokensNeverLeak(CapturedOutput output) {
        client.get().uri("/test/items/42?secret=canary-query-value").header("X-API-Key", OLD_TOKEN).exchange()
                .expectStatus().isOk();
        client.get().uri("/test/items/42").header("X-API-Key", WRONG_TOKEN).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/v1/retention/test-admin").header("X-API-Key", ADMIN_TOKEN).exchange()
                .expectStatus().isOk();
        String metrics = new String(client.get().uri("/metrics").header("X-API-Key", NEW_TOKEN).exchange()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        String prometheus = new String(client.get().uri("/actuator/prometheus").header("X-API-Key", NEW_TOKEN).exchange()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(metrics).contains("/test/items/{id}").doesNotContain("canary");
        assertThat(prometheus).contains("route=\"/test/items/{id}\"").doesNotContain("canary");
        assertThat(output.getAll()).doesNotContain("canary");
    }
}
