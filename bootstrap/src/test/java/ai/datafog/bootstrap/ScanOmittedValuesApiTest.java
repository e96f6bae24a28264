package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("DATAFOG_FINDING_VALUES=omit leaves the value field out of findings")
@TestPropertySource(properties = "DATAFOG_FINDING_VALUES=omit")
class ScanOmittedValuesApiTest extends ApiTestSupport {

    @Test
    void omitsValues() {
        String body = client.post().uri("/v1/scan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"mail ann@example.org\"}").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"entity_type\":\"email\"").contains("\"start\":5").doesNotContain("\"value\"")
                .doesNotContain("ann@example.org");
    }
}
