package ai.datafog.bootstrap;

import ai.datafog.adapter.http.Idempotency;
import ai.datafog.adapter.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The idempotency helper: one execution per key, byte-identical replays, 409 on a different payload")
@Import(IdempotencyApiTest.EchoController.class)
class IdempotencyApiTest extends ApiTestSupport {

    static final AtomicInteger EXECUTIONS = new AtomicInteger();

    /** A test-only POST endpoint that counts its executions and applies the helper in one line. */
    @RestController
    static class EchoController {
        private final Idempotency idempotency;

        EchoController(Idempotency idempotency) {
            this.idempotency = idempotency;
        }

        @PostMapping(path = "/test/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
        Mono<ResponseEntity<byte[]>> echo(@RequestBody byte[] bytes, ServerWebExchange exchange) {
            JsonBody body = JsonBody.parse(bytes);
            return idempotency.run("echo", exchange, body, () -> {
                int n = EXECUTIONS.incrementAndGet();
                if (body.optionalBoolean("fail").orElse(false)) {
                    return Mono.error(new IllegalStateException("handler failed"));
                }
                return Mono.delay(Duration.ofMillis((long) body.optionalNumber("sleep_ms").orElse(0)))
                        .thenReturn(ResponseEntity.status(201).body(Map.of("execution", n,
                                "text_length", body.requiredString("text").length(), "nonce", System.nanoTime())));
            });
        }
    }

    @BeforeEach
    void resetCounter() {
        EXECUTIONS.set(0);
    }

    private byte[] post(String json, int expectedStatus) {
        return client.post().uri("/test/echo").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isEqualTo(expectedStatus)
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
    }

    @Test
    @DisplayName("the same key and payload replay the first status and exact bytes without running again")
    void replayIsByteIdentical() {
        byte[] first = post("{\"text\":\"hello\",\"idempotency_key\":\"k-replay\"}", 201);
        byte[] second = post("{\"text\":\"hello\",\"idempotency_key\":\"k-replay\"}", 201);

        assertThat(second).isEqualTo(first);
        assertThat(EXECUTIONS).hasValue(1);
    }

    @Test
    @DisplayName("the same payload written differently (key order, spacing, 1 vs 1.0, explicit null) is still a replay")
    void canonicalPayloadReplays() {
        byte[] first = post("{\"text\":\"hi\",\"n\":1,\"idempotency_key\":\"k-canon\"}", 201);
        byte[] second = post("{ \"idempotency_key\" : \"k-canon\", \"n\" : 1.0, \"extra\": null, \"text\" : \"hi\" }", 201);

        assertThat(second).isEqualTo(first);
        assertThat(EXECUTIONS).hasValue(1);
    }

    @Test
    @DisplayName("the same key with a different payload is 409 idempotency_conflict")
    void differentPayloadIs409() {
        post("{\"text\":\"one\",\"idempotency_key\":\"k-conflict\"}", 201);

        client.post().uri("/test/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"two\",\"idempotency_key\":\"k-conflict\"}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.error.code").isEqualTo("idempotency_conflict");
        assertThat(EXECUTIONS).hasValue(1);
    }

    @Test
    @DisplayName("without a key every request runs")
    void noKeyRunsEveryTime() {
        byte[] first = post("{\"text\":\"x\"}", 201);
        byte[] second = post("{\"text\":\"x\"}", 201);

        assertThat(second).isNotEqualTo(first);
        assertThat(EXECUTIONS).hasValue(2);
    }

    @Test
    @DisplayName("a key over 200 characters or of the wrong type is 400 invalid_request")
    void badKeyIs400() {
        client.post().uri("/test/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"x\",\"idempotency_key\":\"" + "k".repeat(201) + "\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        client.post().uri("/test/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"x\",\"idempotency_key\":7}").exchange()
                .expectStatus().isBadRequest();
        assertThat(EXECUTIONS).hasValue(0);
    }

    @Test
    @DisplayName("a failed execution is not stored: the retry with the same key runs again")
    void failureReleasesTheKey() {
        post("{\"text\":\"x\",\"fail\":true,\"idempotency_key\":\"k-fail\"}", 500);
        post("{\"text\":\"x\",\"fail\":true,\"idempotency_key\":\"k-fail\"}", 500);

        assertThat(EXECUTIONS).hasValue(2);
    }

    @Test
    @DisplayName("16 parallel first requests with one key run the handler once and all get the same bytes")
    void parallelFirstRequestsRunOnce() {
        WebClient web = WebClient.create("http://127.0.0.1:" + port);
        String json = "{\"text\":\"parallel\",\"sleep_ms\":300,\"idempotency_key\":\"k-parallel\"}";

        List<String> bodies = Flux.range(0, 16)
                .flatMap(i -> web.post().uri("/test/echo").contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                        .exchangeToMono(response -> {
                            assertThat(response.statusCode().value()).isEqualTo(201);
                            return response.bodyToMono(byte[].class);
                        }), 16)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(EXECUTIONS).hasValue(1);
        assertThat(bodies).hasSize(16).containsOnly(bodies.get(0));
    }
}
