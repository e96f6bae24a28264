package ai.datafog.edgetest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;

/**
 * Routes that exist only in tests (a slow one, a failing one, a POST, a templated one, an admin one),
 * so the edge can be proven generically before the product routes land. Outside the scanned
 * packages: a test imports it explicitly.
 */
@RestController
public class TestRoutes {

    @GetMapping("/test/slow")
    public Mono<Map<String, Object>> slow(@RequestParam(name = "ms", defaultValue = "1000") long millis) {
        return Mono.delay(Duration.ofMillis(millis)).thenReturn(Map.of("slept_ms", millis));
    }

    @GetMapping("/test/boom")
    public Mono<Map<String, Object>> boom() {
        throw new IllegalStateException("deliberate failure with secret detail");
    }

    @GetMapping("/test/items/{id}")
    public Map<String, Object> item(@PathVariable("id") String id) {
        return Map.of("found", true);
    }

    @PostMapping(path = "/test/upload", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> upload(@RequestBody byte[] body) {
        return Map.of("bytes", body.length);
    }

    @GetMapping("/v1/retention/test-admin")
    public Map<String, Object> admin() {
        return Map.of("admin", true);
    }
}
