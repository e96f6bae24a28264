package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("DATAFOG_FINDING_VALUES=mask hides values behind DATAFOG_MASK_CHAR, one per code point")
@TestPropertySource(properties = {"DATAFOG_FINDING_VALUES=mask", "DATAFOG_MASK_CHAR=#"})
class ScanMaskedValuesApiTest extends ApiTestSupport {

    @Test
    void masksValues() {
        String body = client.post().uri("/v1/scan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"mail ann@example.org\"}").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"value\":\"###############\"").doesNotContain("ann@example.org");
    }
}
