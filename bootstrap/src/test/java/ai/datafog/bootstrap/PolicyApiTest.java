package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@DisplayName("The policy in force is visible over HTTP")
class PolicyApiTest extends ApiTestSupport {

    @Test
    @DisplayName("GET /v1/policy/version names the built-in default policy when no file is configured")
    void versionOfBuiltIn() {
        client.get().uri("/v1/policy/version").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.policy_id").isEqualTo("datafog-default")
                .jsonPath("$.policy_version").isEqualTo("builtin-2026-06-01");
    }

    @Test
    @DisplayName("GET /health carries the policy id and version")
    void healthNamesThePolicy() {
        client.get().uri("/health").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ok")
                .jsonPath("$.policy_id").isEqualTo("datafog-default")
                .jsonPath("$.policy_version").isEqualTo("builtin-2026-06-01")
                .jsonPath("$.started_at").isNotEmpty();
    }

    @Test
    @DisplayName("POST /v1/policy/version is 405")
    void wrongMethod() {
        client.post().uri("/v1/policy/version").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(405).expectBody().jsonPath("$.error.code").isEqualTo("method_not_allowed");
    }
}
