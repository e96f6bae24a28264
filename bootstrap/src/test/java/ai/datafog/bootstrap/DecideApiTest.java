package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("POST /v1/decide answers with the policy's decision and a receipt that can be read back")
class DecideApiTest extends ApiTestSupport {

    private WebTestClient.ResponseSpec decide(String json) {
        return client.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static String tenant() {
        return "tenant-" + UUID.randomUUID();
    }

    @Test
    @DisplayName("a file write carrying an email is allowed with redaction, and its receipt is durable and readable")
    void fileWriteWithEmailIsRedactedAndRecorded() {
        String tenant = tenant();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) decide("""
                {"action":{"type":"file.write","resource":"/tmp/out.txt"},
                 "text":"please mail ann.lee@example.org today","tenant_id":"%s","actor_id":"agent-7",
                 "request_id":"req-42","trace_id":"trace-9"}""".formatted(tenant))
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(body).containsEntry("decision", "allow_with_redaction")
                .containsEntry("request_id", "req-42").containsEntry("trace_id", "trace-9")
                .containsEntry("policy_id", "datafog-default");
        assertThat((Iterable<?>) body.get("matched_rules")).isNotEmpty();
        assertThat(body.get("findings").toString()).contains("email").contains("ann.lee@example.org");
        assertThat(body.get("transform_plan").toString()).contains("email");
        String receiptId = (String) body.get("receipt_id");

        client.get().uri("/v1/receipts/{id}", receiptId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.receipt_id").isEqualTo(receiptId)
                .jsonPath("$.decision").isEqualTo("allow_with_redaction")
                .jsonPath("$.tenant_id").isEqualTo(tenant)
                .jsonPath("$.actor_id").isEqualTo("agent-7")
                .jsonPath("$.findings[0].entity_type").isEqualTo("email")
                .jsonPath("$.findings[0].fingerprint").isNotEmpty()
                .jsonPath("$.findings[0].value").doesNotExist();
        client.get().uri("/v1/receipts?tenant_id={t}", tenant).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.receipts.length()").isEqualTo(1);
    }

    @Test
    @DisplayName("a shell command carrying an API key is denied with the deny rule's reason")
    void shellWithApiKeyIsDenied() {
        decide("""
                {"action":{"type":"shell.exec","command":"deploy"},
                 "text":"export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"}""")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("deny")
                .jsonPath("$.reason").isNotEmpty()
                .jsonPath("$.receipt_id").isNotEmpty();
    }

    @Test
    @DisplayName("an action no rule allows is denied with reason 'no matching rule'")
    void unknownActionIsDenied() {
        decide("{\"action\":{\"type\":\"rocket.launch\"}}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("deny")
                .jsonPath("$.reason").isEqualTo("no matching rule");
    }

    @Test
    @DisplayName("supplied findings are used instead of a scan")
    void suppliedFindingsAreUsed() {
        decide("""
                {"action":{"type":"file.write"},"text":"id 078-05-1120",
                 "findings":[{"entity_type":"ssn","start":3,"end":14,"value":"078-05-1120"}]}""")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.findings.length()").isEqualTo(1)
                .jsonPath("$.findings[0].entity_type").isEqualTo("ssn")
                .jsonPath("$.decision").isEqualTo("allow_with_redaction");
    }

    @Test
    @DisplayName("subject ids an erasure could not name are refused: blank ones, and an actor or session without a tenant")
    void subjectIdsMustBeErasable() {
        String tenant = tenant();
        Map<String, String> cases = Map.of(
                "{\"action\":{\"type\":\"x\"},\"tenant_id\":\" \"}", "tenant_id must not be blank",
                "{\"action\":{\"type\":\"x\"},\"tenant_id\":\"" + tenant + "\",\"actor_id\":\"\\u2028\"}", "actor_id must not be blank",
                "{\"action\":{\"type\":\"x\"},\"tenant_id\":\"" + tenant + "\",\"session_id\":\"  \"}", "session_id must not be blank",
                "{\"action\":{\"type\":\"x\"},\"actor_id\":\"zed@example.com\"}", "actor_id and session_id need a tenant_id",
                "{\"action\":{\"type\":\"x\"},\"tenant_id\":null,\"session_id\":\"s-1\"}", "actor_id and session_id need a tenant_id");
        refusedWithoutReceipt(cases, tenant);
        decide("{\"action\":{\"type\":\"x\"},\"text\":\"no subject at all\"}").expectStatus().isOk();
    }

    @Test
    @DisplayName("bad requests are 400 invalid_request naming the problem and leave no receipt")
    void badRequestsAreRefused() {
        String tenant = tenant();
        Map<String, String> cases = Map.of(
                "{\"text\":\"x\",\"tenant_id\":\"" + tenant + "\"}", "action is required",
                "{\"action\":{},\"tenant_id\":\"" + tenant + "\"}", "action.type is required",
                "{\"action\":\"file.write\",\"tenant_id\":\"" + tenant + "\"}", "action must be an object",
                "{\"action\":{\"type\":5},\"tenant_id\":\"" + tenant + "\"}", "action.type must be a string",
                "{\"action\":{\"type\":\"x\",\"args\":[1]},\"tenant_id\":\"" + tenant + "\"}", "action.args must be an array of strings",
                "{\"action\":{\"type\":\"x\",\"sensitive\":\"yes\"},\"tenant_id\":\"" + tenant + "\"}", "action.sensitive must be a boolean",
                "{\"action\":{\"type\":\"x\"},\"text\":7,\"tenant_id\":\"" + tenant + "\"}", "text must be a string",
                "{\"action\":{\"type\":\"" + "t".repeat(201) + "\"},\"tenant_id\":\"" + tenant + "\"}", "action.type must be at most 200 characters",
                "{\"action\":{\"type\":\"x\"},\"tenant_id\":\"" + "t".repeat(201) + "\"}", "tenant_id must be at most 200 characters");
        refusedWithoutReceipt(cases, tenant);
    }

    /** Each request is a 400 invalid_request with exactly its message, and {@code tenant} has no receipt after them. */
    private void refusedWithoutReceipt(Map<String, String> messageByRequest, String tenant) {
        messageByRequest.forEach((json, message) -> decide(json)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_request")
                .jsonPath("$.error.message").isEqualTo(message));
        client.get().uri("/v1/receipts?tenant_id={t}", tenant).exchange()
                .expectBody().jsonPath("$.receipts.length()").isEqualTo(0);
    }

    @Test
    @DisplayName("findings that do not match the text are refused without echoing values, and leave no receipt")
    void mismatchedFindingsAreRefused() {
        String tenant = tenant();
        decide("""
                {"action":{"type":"file.write"},"text":"hello world","tenant_id":"%s",
                 "findings":[{"entity_type":"email","start":0,"end":5,"value":"canary-value-x1"}]}""".formatted(tenant))
                .expectStatus().isBadRequest()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("invalid_request").doesNotContain("canary-value-x1"));
        client.get().uri("/v1/receipts?tenant_id={t}", tenant).exchange()
                .expectBody().jsonPath("$.receipts.length()").isEqualTo(0);
    }

    @Test
    @DisplayName("the same idempotency key and payload replays the same bytes and makes no second receipt")
    void idempotentReplay() {
        String tenant = tenant();
        String json = """
                {"action":{"type":"file.read"},"tenant_id":"%s","idempotency_key":"k-1"}""".formatted(tenant);
        byte[] first = decide(json).expectStatus().isOk().expectBody().returnResult().getResponseBody();
        byte[] second = decide(json).expectStatus().isOk().expectBody().returnResult().getResponseBody();
        assertThat(second).isEqualTo(first);
        client.get().uri("/v1/receipts?tenant_id={t}", tenant).exchange()
                .expectBody().jsonPath("$.receipts.length()").isEqualTo(1);

        decide("""
                {"action":{"type":"file.write"},"tenant_id":"%s","idempotency_key":"k-1"}""".formatted(tenant))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.error.code").isEqualTo("idempotency_conflict");
    }

    @Test
    @DisplayName("identifier fields keep tool names but lose the addresses and keys detected in them, inside URLs too")
    void identifierFieldsAreRedactedByTheRealDetectors() {
        String tenant = tenant();
        decide("""
                {"action":{"type":"http.request","tool":"http://10.77.0.5:8080/mcp","adapter":"GitHub"},
                 "text":"hello","tenant_id":"%s"}""".formatted(tenant))
                .expectStatus().isOk();
        String stored = client.get().uri("/v1/receipts?tenant_id={t}", tenant).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(stored).doesNotContain("10.77.0.5").contains("\"adapter\":\"GitHub\"")
                .contains("\"type\":\"http.request\"");
    }
}
