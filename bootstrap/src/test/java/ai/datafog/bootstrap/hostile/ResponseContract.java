package ai.datafog.bootstrap.hostile;

import ai.datafog.adapter.http.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
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
    private static final List<String> STACK_TRACE_MARKS = List.of("at ai.", "\tat ", "at java.", "at org.",
            "at reactor.", "at io.netty", "Caused by");
    /** Class names: never in a body, except the Prometheus exposition, whose {@code exception} tag names them by design. */
    private static final List<String> CLASS_NAME_MARKS = List.of("Exception", "java.lang.", "org.springframework");

    private ResponseContract() {
    }

    static void check(String context, Attack attack, int status, HttpHeaders headers, byte[] rawBody) {
        check(context, attack, null, status, headers, rawBody);
    }

    /**
     * As {@link #check(String, Attack, int, HttpHeaders, byte[])}, but where {@code redirectOrigin} is given
     * (a UI page) a 3xx is allowed too, when its {@code Location} stays on that origin (no open redirect).
     */
    static void check(String context, Attack attack, URI redirectOrigin, int status, HttpHeaders headers, byte[] rawBody) {
        String body = rawBody == null ? "" : new String(rawBody, StandardCharsets.UTF_8);
        String why = context + " ← " + attack.describe() + " → " + status + " " + abbreviate(body);
        boolean redirect = status >= 300 && status < 400;
        if (redirect && redirectOrigin != null) {
            String location = headers.getFirst(HttpHeaders.LOCATION);
            assertThat(location).as("a redirect has a Location, " + why).isNotBlank();
            URI target = redirectOrigin.resolve(URI.create(location));
            assertThat(target.getScheme() + "://" + target.getRawAuthority()).as("redirect stays on the origin, " + why)
                    .isEqualTo(redirectOrigin.getScheme() + "://" + redirectOrigin.getRawAuthority());
        } else {
            assertThat(status).as(why).matches(s -> (s >= 200 && s < 300) || (s >= 400 && s < 500), "a 2xx or a 4xx");
        }
        String requestId = headers.getFirst("X-Request-ID");
        assertThat(requestId).as("X-Request-ID header, " + why).isNotBlank().hasSizeLessThanOrEqualTo(128)
                .matches("[\\x21-\\x7e]+");
        for (String mark : STACK_TRACE_MARKS) {
            assertThat(body).as("no stack trace, " + why).doesNotContain(mark);
        }
        if (!isMetricsExposition(headers)) {
            for (String mark : CLASS_NAME_MARKS) {
                assertThat(body).as("no class name, " + why).doesNotContain(mark);
            }
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

    private static boolean isMetricsExposition(HttpHeaders headers) {
        MediaType type = headers.getContentType();
        return type != null && (type.getSubtype().equals("openmetrics-text")
                || (type.isCompatibleWith(MediaType.TEXT_PLAIN) && type.getParameter("version") != null));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
