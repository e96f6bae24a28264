package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strings the service stores, or filters stored rows by, refuse what the database cannot hold: a NUL
 * anywhere, a control character in an id. 400 naming the field, never the value; nothing stored. The
 * PostgreSQL subclass runs the same requests where a NUL would otherwise fail the write.
 */
@DisplayName("Stored strings: NUL and, in ids, control characters are refused with 400")
@ExtendWith(OutputCaptureExtension.class)
class StoredTextApiTest extends ApiTestSupport {

    private static final String CANARY = "canary-7Q2";

    private void refused(HttpMethod method, String path, String json, String field, CapturedOutput output) {
        var spec = client.method(method).uri(URI.create("http://127.0.0.1:" + port + path));
        var response = (json == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_request")
                .jsonPath("$.error.message").value(message -> assertThat((String) message).contains(field))
                .returnResult();
        assertThat(new String(response.getResponseBodyContent(), StandardCharsets.UTF_8)).doesNotContain(CANARY);
        assertThat(output.getAll()).doesNotContain(CANARY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tenant_id   | \"tenant_id\":\"" + CANARY + "\\u0000\"",
            "actor_id    | \"actor_id\":\"" + CANARY + "\\nx\"",
            "session_id  | \"session_id\":\"" + CANARY + "\\u007f\"",
            "trace_id    | \"trace_id\":\"" + CANARY + "\\u0000\"",
            "request_id  | \"request_id\":\"" + CANARY + "\\u0001\""})
    @DisplayName("a decide whose subject id holds a NUL or a control character")
    void decideIds(String field, String member, CapturedOutput output) {
        refused(HttpMethod.POST, "/v1/decide", "{\"action\":{\"type\":\"file.write\"},\"text\":\"hi\"," + member + "}",
                field, output);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "action.type     | \"type\":\"file.write\\u0000" + CANARY + "\"",
            "action.tool     | \"type\":\"x\",\"tool\":\"" + CANARY + "\\t\"",
            "action.resource | \"type\":\"x\",\"resource\":\"/tmp/" + CANARY + "\\u0000\"",
            "action.command  | \"type\":\"x\",\"command\":\"ls " + CANARY + "\\u0000\"",
            "action.args     | \"type\":\"x\",\"args\":[\"ok\",\"" + CANARY + "\\u0000\"]"})
    @DisplayName("a decide whose action holds a NUL (or, in its type, tool or adapter, a control character)")
    void decideActionFields(String field, String members, CapturedOutput output) {
        refused(HttpMethod.POST, "/v1/decide", "{\"action\":{" + members + "},\"text\":\"hi\"}", field, output);
    }

    @Test
    @DisplayName("a command or argument may hold a newline or a tab: only NUL is refused there")
    void commandsMayHoldWhitespace() {
        client.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"action\":{\"type\":\"shell.exec\",\"command\":\"echo a\\nb\",\"args\":[\"x\\ty\"]},"
                        + "\"text\":\"hello\"}")
                .exchange().expectStatus().isOk();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tenant_id", "actor_id", "session_id", "policy_version", "rule_id"})
    @DisplayName("a receipt query filtering by an id with a NUL")
    void receiptQueryIds(String parameter, CapturedOutput output) {
        refused(HttpMethod.GET, "/v1/receipts?" + parameter + "=" + CANARY + "%00", null, parameter, output);
    }

    @Test
    @DisplayName("retention routes: a policy, hold or erasure naming a tenant or actor with a NUL, or a hold reason with one")
    void retentionIds(CapturedOutput output) {
        refused(HttpMethod.PUT, "/v1/retention/policies/" + CANARY + "%00", "{\"retention\":\"P30D\"}", "tenant_id", output);
        refused(HttpMethod.DELETE, "/v1/retention/policies/" + CANARY + "%01", null, "tenant_id", output);
        refused(HttpMethod.POST, "/v1/retention/holds",
                "{\"tenant_id\":\"" + CANARY + "\\u0000\",\"reason\":\"case 1\"}", "tenant_id", output);
        refused(HttpMethod.POST, "/v1/retention/holds",
                "{\"tenant_id\":\"acme\",\"actor_id\":\"" + CANARY + "\\u0000\",\"reason\":\"case 1\"}", "actor_id", output);
        refused(HttpMethod.POST, "/v1/retention/holds",
                "{\"tenant_id\":\"acme\",\"reason\":\"case " + CANARY + "\\u0000\"}", "reason", output);
        refused(HttpMethod.POST, "/v1/retention/erasures",
                "{\"tenant_id\":\"acme\",\"actor_id\":\"" + CANARY + "\\u0000\",\"reason\":\"art. 17\"}", "actor_id", output);
        client.get().uri("/v1/retention/holds").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.holds.length()").isEqualTo(0);
    }
}
