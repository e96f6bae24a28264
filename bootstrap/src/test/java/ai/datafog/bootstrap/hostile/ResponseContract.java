package ai.datafog.bootstrap.hostile;

import ai.datafog.adapter.http.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer to hostile input must look like (SPEC §4.1, §11): a 2xx or a 4xx, never a 5xx;
 * errors carry exactly the contract body with the response's request id; no body carries a stack
 * trace, and no error body echoes what was sent.
 */
final class ResponseContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
    private static final List<String> STACK_TRACE_MARKS = List.of("Exception", "at ai.", "\tat ", "at java.", "at org.",
            "at reactor.", "at io.netty", "Caused by", "java.lang.", "org.springframework");

    private ResponseContract() {
    }

    static void check(String context, Attack attack, int status, HttpHeaders headers, byte[] rawBody) {
        String body = rawBody == null ? "" : new String(rawBody, StandardCharsets.UTF_8);
        String why = context + " ← " + attack.describe() + " → " + status + " " + abbreviate(body);
        assertThat(status).as(why).matches(s -> (s >= 200 && s < 300) || (s >= 400 && s < 500), "a 2xx or a 4xx");
        String requestId = headers.getFirst("X-Request-ID");
        assertThat(requestId).as("X-Request-ID header, " + why).isNotBlank().hasSizeLessThanOrEqualTo(128)
                .matches("[\\x21-\\x7e]+");
        for (String mark : STACK_TRACE_MARKS) {
            assertThat(body).as("no stack trace or class name, " + why).doesNotContain(mark);
        }
        if (status < 400) {
            return;
        }
        assertThat(headers.getContentType()).as("error content type, " + why).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON), "application/json");
        assertThat(body).as("error body echoes no input, " + why).doesNotContain(attack.canary());
        attack.headers().values().forEach(sent -> assertThat(body).as("error body echoes no header, " + why).doesNotContain(sent));
        JsonNode root = JSON.readTree(body);
        assertThat(root.propertyNames()).as("error body has only the error object, " + why).containsExactly("error");
        JsonNode error = root.get("error");
        assertThat(error.get("code").isString() && CODES.contains(error.get("code").stringValue())).as("known error code, " + why).isTrue();
        ErrorCode code = Arrays.stream(ErrorCode.values()).filter(c -> c.code().equals(error.get("code").stringValue())).findFirst().orElseThrow();
        assertThat(code.status().value()).as("status matches the code, " + why).isEqualTo(status);
        assertThat(error.get("message").isString() && !error.get("message").stringValue().isBlank()).as("message, " + why).isTrue();
        assertThat(error.get("request_id").isString()).as("request_id, " + why).isTrue();
        assertThat(error.get("request_id").stringValue()).as("request_id matches the header, " + why).isEqualTo(requestId);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
