package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /v1/transform and /v1/anonymize through the real router under the built-in policy. Findings
 * are supplied, so these tests hold whatever the detectors find.
 */
@DisplayName("Transform and anonymize over HTTP")
class TransformApiTest extends ApiTestSupport {

    // "Contact " is 8 code points: the email is [8, 25), the phone [29, 37).
    private static final String TEXT = "Contact alice@example.com or 555-0100.";
    private static final String FINDINGS = """
            [{"entity_type": "email", "start": 8, "end": 25, "value": "alice@example.com", "confidence": 0.99},
             {"entity_type": "phone", "start": 29, "end": 37, "value": "555-0100"}]""";

    private WebTestClient.ResponseSpec post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("X-Request-ID", "hdr-rid")
                .bodyValue(json.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    private static String request(String extra) {
        return "{\"text\": \"" + TEXT + "\", \"findings\": " + FINDINGS + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    @Test
    @DisplayName("without mode or entity_modes the policy's default plan applies, with stats and ids")
    void defaultPlan() {
        post("/v1/transform", request("")).expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.output").value(String.class, output ->
                        assertThat(output).matches("Contact \\*{17} or TOK-[0-9a-f]{8}\\."))
                .jsonPath("$.stats.entities_transformed").isEqualTo(2)
                .jsonPath("$.stats.modes_applied").isEqualTo("email:mask,phone:tokenize")
                .jsonPath("$.policy_id").isEqualTo("datafog-default")
                .jsonPath("$.policy_version").isEqualTo("builtin-2026-06-01")
                .jsonPath("$.request_id").isEqualTo("hdr-rid")
                .jsonPath("$.trace_id").doesNotExist();
    }

    @Test
    @DisplayName("mode applies to every entity; request_id and trace_id from the body win")
    void modeForEverything() {
        post("/v1/transform", request("\"mode\": \"redact\", \"request_id\": \"body-rid\", \"trace_id\": \"tr-1\""))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.output").isEqualTo("Contact [REDACTED] or [REDACTED].")
                .jsonPath("$.stats.modes_applied").isEqualTo("email:redact,phone:redact")
                .jsonPath("$.request_id").isEqualTo("body-rid")
                .jsonPath("$.trace_id").isEqualTo("tr-1");
    }

    @Test
    @DisplayName("entity_modes beat mode per entity type")
    void entityModes() {
        post("/v1/transform", request("\"mode\": \"hash\", \"entity_modes\": {\"phone\": \"replace\"}"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.output").value(String.class, output ->
                        assertThat(output).matches("Contact [0-9a-f]{64} or \\[PHONE_1]\\."))
                .jsonPath("$.stats.modes_applied").isEqualTo("email:hash,phone:replace");
    }

    @Test
    @DisplayName("offsets are code points, and a finding without value takes it from the text")
    void codePointsAndMissingValue() {
        post("/v1/transform", """
                {"text": "😀 bob@x.io!", "mode": "mask", "findings": [{"entity_type": "email", "start": 2, "end": 10}],
                 "idempotency_key": "%s"}""".formatted("k".repeat(200)))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.output").isEqualTo("😀 ********!");
    }

    @Test
    @DisplayName("a text with nothing sensitive and no findings comes back unchanged")
    void nothingToTransform() {
        post("/v1/transform", "{\"text\": \"the weather is fine\"}").expectStatus().isOk().expectBody()
                .jsonPath("$.output").isEqualTo("the weather is fine")
                .jsonPath("$.stats.entities_transformed").isEqualTo(0)
                .jsonPath("$.stats.modes_applied").isEqualTo("");
    }

    @Test
    @DisplayName("anonymize rewrites every finding with anonymize and ignores mode")
    void anonymize() {
        post("/v1/anonymize", request("\"mode\": \"mask\"")).expectStatus().isOk().expectBody()
                .jsonPath("$.output").value(String.class, output ->
                        assertThat(output).matches("Contact anon-[0-9a-f]{8} or anon-[0-9a-f]{8}\\."))
                .jsonPath("$.stats.modes_applied").isEqualTo("email:anonymize,phone:anonymize")
                .jsonPath("$.policy_id").isEqualTo("datafog-default")
                .jsonPath("$.request_id").isEqualTo("hdr-rid");
    }

    @Test
    @DisplayName("tokens are stable per value across requests")
    void stableTokens() {
        String first = new String(post("/v1/anonymize", request("")).expectBody().returnResult().getResponseBody(),
                StandardCharsets.UTF_8);
        String second = new String(post("/v1/anonymize", request("")).expectBody().returnResult().getResponseBody(),
                StandardCharsets.UTF_8);

        assertThat(first.substring(first.indexOf("\"output\""), first.indexOf("\"policy_id\"")))
                .isEqualTo(second.substring(second.indexOf("\"output\""), second.indexOf("\"policy_id\"")));
    }

    static Stream<Arguments> badRequests() {
        String finding = "{\"text\": \"abc\", \"findings\": [%s]}";
        return Stream.of(
                Arguments.of("{}", "text is required"),
                Arguments.of("{\"text\": 5}", "text must be a string"),
                Arguments.of("{\"text\": \"\"}", "text must not be empty"),
                Arguments.of("{\"text\": \"abc\", \"findings\": {}}", "findings must be an array"),
                Arguments.of(finding.formatted("7"), "findings[0] must be an object"),
                Arguments.of(finding.formatted("{\"start\": 0, \"end\": 1}"), "findings[0].entity_type is required"),
                Arguments.of(finding.formatted("{\"entity_type\": \"dna\", \"start\": 0, \"end\": 1}"),
                        "findings[0].entity_type must be one of: email, phone, ssn, credit_card, iban, api_key, "
                                + "ip_address, date, zip_code, mac_address, url, person, organization, location"),
                Arguments.of(finding.formatted("{\"entity_type\": \"email\", \"end\": 1}"), "findings[0].start must be a whole number"),
                Arguments.of(finding.formatted("{\"entity_type\": \"email\", \"start\": 0, \"end\": 1.5}"),
                        "findings[0].end must be a whole number"),
                Arguments.of(finding.formatted("{\"entity_type\": \"email\", \"start\": 0, \"end\": 1, \"value\": 3}"),
                        "findings[0].value must be a string"),
                Arguments.of(finding.formatted("{\"entity_type\": \"email\", \"start\": 0, \"end\": 1, \"confidence\": 1.5}"),
                        "findings[0].confidence must be a number between 0 and 1"),
                Arguments.of(finding.formatted("{\"entity_type\": \"email\", \"start\": 0, \"end\": 4}"),
                        "findings do not match the text"),
                Arguments.of("{\"text\": \"abc\", \"idempotency_key\": \"" + "k".repeat(201) + "\"}",
                        "idempotency_key must be at most 200 characters"),
                Arguments.of("{\"text\": \"abc\", \"idempotency_key\": 5}", "idempotency_key must be a string"),
                Arguments.of("{\"text\": \"abc\", \"request_id\": \"" + "r".repeat(129) + "\"}",
                        "request_id must be at most 128 characters"),
                Arguments.of("{\"text\": \"\\ud800 x \\udc00\", \"mode\": \"tokenize\", \"findings\": ["
                        + "{\"entity_type\": \"person\", \"start\": 0, \"end\": 1}]}",
                        "a string in the request body holds an unpaired UTF-16 surrogate; text must be valid Unicode"),
                Arguments.of("{\"text\": \"abc\"", "malformed JSON"),
                Arguments.of("[1]", "request body must be a JSON object"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRequests")
    @DisplayName("bad requests to both endpoints are 400 invalid_request naming the problem")
    void badRequestsAreRejected(String body, String message) {
        for (String path : new String[] {"/v1/transform", "/v1/anonymize"}) {
            post(path, body).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_JSON)
                    .expectBody()
                    .jsonPath("$.error.code").isEqualTo("invalid_request")
                    .jsonPath("$.error.message").isEqualTo(message)
                    .jsonPath("$.error.request_id").isEqualTo("hdr-rid");
        }
    }

    static Stream<Arguments> badModes() {
        return Stream.of(
                Arguments.of("\"mode\": \"blur\"", "mode must be one of: mask, redact, tokenize, anonymize, replace, hash"),
                Arguments.of("\"mode\": \"\"", "mode must not be empty"),
                Arguments.of("\"mode\": 3", "mode must be a string"),
                Arguments.of("\"entity_modes\": []", "entity_modes must be an object"),
                Arguments.of("\"entity_modes\": {\"\": \"mask\"}", "entity_modes keys must not be empty"),
                Arguments.of("\"entity_modes\": {\" \": \"mask\"}", "entity_modes keys must not be empty"),
                Arguments.of("\"entity_modes\": {\"dna\": \"mask\"}", "entity_modes keys must be entity types: email, phone, "
                        + "ssn, credit_card, iban, api_key, ip_address, date, zip_code, mac_address, url, person, organization, location"),
                Arguments.of("\"entity_modes\": {\"email\": \"blur\"}",
                        "entity_modes values must be one of: mask, redact, tokenize, anonymize, replace, hash"),
                Arguments.of("\"entity_modes\": {\"email\": null}",
                        "entity_modes values must be one of: mask, redact, tokenize, anonymize, replace, hash"),
                Arguments.of("\"entity_modes\": {\"email\": \"mask\", \"EMAIL\": \"hash\"}",
                        "entity_modes names an entity type twice"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badModes")
    @DisplayName("an unknown mode or an empty entity_modes key is 400 on /v1/transform")
    void badModesAreRejected(String extra, String message) {
        post("/v1/transform", request(extra)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_request")
                .jsonPath("$.error.message").isEqualTo(message);
    }

    @Test
    @DisplayName("findings that do not fit the text are refused with every problem in details, never echoing values")
    void mismatchedFindingsNeverEchoValues() {
        String body = """
                {"text": "key CANARY-7f3a and more", "findings": [
                  {"entity_type": "api_key", "start": 3, "end": 14, "value": "CANARY-7f3a"},
                  {"entity_type": "email", "start": 4, "end": 9},
                  {"entity_type": "email", "start": 20, "end": 99}]}""";

        for (String path : new String[] {"/v1/transform", "/v1/anonymize"}) {
            byte[] response = post(path, body).expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.error.message").isEqualTo("findings do not match the text")
                    .jsonPath("$.error.details").isEqualTo("findings[0]: value does not equal the text at its offsets; "
                            + "findings[2]: end is beyond the end of the text (24 code points)")
                    .returnResult().getResponseBody();
            assertThat(new String(response, StandardCharsets.UTF_8)).doesNotContain("CANARY");
        }
    }

    @Test
    @DisplayName("overlapping supplied findings are refused")
    void overlappingFindings() {
        post("/v1/transform", """
                {"text": "alice@example.com", "findings": [
                  {"entity_type": "email", "start": 0, "end": 17}, {"entity_type": "url", "start": 6, "end": 17}]}""")
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.details").isEqualTo("findings[0] and findings[1] overlap");
    }

    @Test
    @DisplayName("a body that is not JSON is 415, a missing body 400 and GET 405")
    void transportErrors() {
        client.post().uri("/v1/transform").contentType(MediaType.TEXT_PLAIN).bodyValue("text").exchange()
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.error.code").isEqualTo("unsupported_media_type");
        client.post().uri("/v1/anonymize").contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        client.get().uri("/v1/transform").exchange()
                .expectStatus().isEqualTo(405).expectBody().jsonPath("$.error.code").isEqualTo("method_not_allowed");
    }
}
