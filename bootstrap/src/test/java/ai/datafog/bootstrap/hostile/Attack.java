package ai.datafog.bootstrap.hostile;

import java.util.Map;
import java.util.Optional;

/**
 * One hostile request: what to send, and the canary that must never come back in an error body.
 *
 * @param kind        the attack family, for failure messages
 * @param pathValue   what replaces every path variable (already percent-encoded)
 * @param query       the raw query string without {@code ?} (already percent-encoded), may be empty
 * @param body        bytes to send, or null for no body
 * @param contentType the Content-Type header, or empty for none
 * @param headers     extra request headers
 * @param canary      a string planted in the request that an error body must not echo
 */
record Attack(String kind, String pathValue, String query, byte[] body, Optional<String> contentType,
              Map<String, String> headers, String canary) {

    static final String JSON = "application/json";

    static Attack body(String kind, byte[] body, String canary) {
        return new Attack(kind, "fuzz-id", "", body, Optional.of(JSON), Map.of(), canary);
    }

    Attack withContentType(Optional<String> type) {
        return new Attack(kind, pathValue, query, body, type, headers, canary);
    }

    Attack withHeaders(Map<String, String> extra) {
        return new Attack(kind, pathValue, query, body, contentType, extra, canary);
    }

    /** A short description for assertion messages: never the (possibly megabyte) payload itself. */
    String describe() {
        String head = body == null ? "" : new String(body, 0, Math.min(body.length, 120), java.nio.charset.StandardCharsets.ISO_8859_1);
        return kind + " [path=" + abbreviate(pathValue) + " query=" + abbreviate(query) + " type=" + contentType.orElse("-")
                + " headers=" + headers.keySet() + " body=" + (body == null ? "none" : body.length + " bytes: " + abbreviate(head)) + "]";
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…(" + text.length() + ")";
    }
}
