package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

@DisplayName("Retention policies over HTTP: /v1/retention/policies")
class RetentionPoliciesApiTest extends ApiTestSupport {

    @Test
    @DisplayName("a PUT sets a tenant's retention in canonical form; GET lists it beside the default; DELETE removes it")
    void lifecycle() {
        client.put().uri("/v1/retention/policies/tenant-put").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"retention\":\"PT720H\"}").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.tenant_id").isEqualTo("tenant-put")
                .jsonPath("$.retention").isEqualTo("P30D")
                .jsonPath("$.updated_at").isNotEmpty();

        client.get().uri("/v1/retention/policies").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.default_retention").isEqualTo("P90D")
                .jsonPath("$.policies[?(@.tenant_id == 'tenant-put')].retention").isEqualTo("P30D");

        client.delete().uri("/v1/retention/policies/tenant-put").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.retention").isEqualTo("P30D");
        client.get().uri("/v1/retention/policies").exchange()
                .expectBody().jsonPath("$.policies[?(@.tenant_id == 'tenant-put')]").isEmpty();
    }

    @ParameterizedTest(name = "retention {0} is a 400")
    @ValueSource(strings = {"\"P1Y\"", "\"P0D\"", "\"-P1D\"", "\"thirty days\"", "30", "null", "\"\""})
    @DisplayName("a bad retention is a 400 invalid_request")
    void badRetention(String value) {
        client.put().uri("/v1/retention/policies/acme").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"retention\":" + value + "}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_request")
                .jsonPath("$.error.message").value(m -> org.assertj.core.api.Assertions.assertThat((String) m).contains("retention"));
    }

    @Test
    @DisplayName("malformed JSON, a missing body, an over-long tenant id and a non-JSON body are refused")
    void badRequests() {
        client.put().uri("/v1/retention/policies/acme").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"retention\":").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        client.put().uri("/v1/retention/policies/acme").contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        client.put().uri("/v1/retention/policies/" + "t".repeat(201)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"retention\":\"P1D\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error.message").isEqualTo("tenant_id must be at most 200 characters");
        client.put().uri("/v1/retention/policies/acme").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("P1D").exchange()
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.error.code").isEqualTo("unsupported_media_type");
    }

    @Test
    @DisplayName("deleting a tenant without a policy is a 404; a wrong method is a 405 with Allow")
    void notFoundAndMethod() {
        client.delete().uri("/v1/retention/policies/never-set").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
        client.post().uri("/v1/retention/policies/acme").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().valueEquals(HttpHeaders.ALLOW, "DELETE, PUT")
                .expectBody().jsonPath("$.error.code").isEqualTo("method_not_allowed");
    }
}
