package ai.datafog.testprobe;

import ai.datafog.adapter.http.JsonBody;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * A test-only route that parses its body the way every production POST handler does (the
 * {@link JsonBody} accessors), so the hostile-input harness has a body-taking route to attack even on
 * a branch that has none yet. It lives outside the scanned packages and is imported only by the
 * tests that want it; it answers without echoing anything it was sent.
 */
@RestController
public class ProbeController {

    public static final String PATH = "/_probe/parse";

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> post(@RequestBody byte[] body) {
        return parse(body);
    }

    @PutMapping(path = PATH + "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> put(@RequestBody byte[] body) {
        return parse(body);
    }

    private static Map<String, Object> parse(byte[] bytes) {
        JsonBody body = JsonBody.parse(bytes);
        String text = body.requiredString("text");
        body.optionalStringList("entity_types");
        body.optionalNumber("min_confidence");
        body.optionalString("request_id", 128);
        body.optionalString("trace_id", 128);
        body.optionalString("idempotency_key", 200);
        body.optionalBoolean("dry_run");
        body.optionalObject("action").ifPresent(action -> {
            action.requiredString("type");
            action.optionalString("tool");
            action.optionalStringList("args");
            action.optionalBoolean("sensitive");
        });
        return Map.of("ok", true, "text_length", text.length());
    }
}
