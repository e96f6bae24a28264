package ai.datafog.adapter.http;

import ai.datafog.application.port.in.CheckHealthUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.EnableWebFlux;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Errors raised by the framework itself leave as the contract error body")
class FrameworkErrorsTest {

    private static final long LIMIT = 1024;
    private static AnnotationConfigApplicationContext context;
    private static WebTestClient client;

    @BeforeAll
    static void startRouter() {
        context = new AnnotationConfigApplicationContext(TestWeb.class);
        client = WebTestClient.bindToApplicationContext(context).build();
    }

    @AfterAll
    static void stopRouter() {
        context.close();
    }

    @Test
    @DisplayName("malformed JSON is a 400 invalid_request that does not echo the input")
    void malformedJsonIs400() {
        client.post().uri("/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"canary-secret-77\"")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().exists("X-Request-ID")
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("\"code\":\"invalid_request\"").doesNotContain("canary-secret-77"));
    }

    @Test
    @DisplayName("duplicate keys and non-object bodies are refused as invalid_request")
    void duplicateKeysAndArraysAre400() {
        client.post().uri("/echo").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\":\"a\",\"text\":\"b\"}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
        client.post().uri("/echo").contentType(MediaType.APPLICATION_JSON).bodyValue("[1,2]")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error.message")
                .isEqualTo("request body must be a JSON object");
    }

    @Test
    @DisplayName("an empty body is a 400 invalid_request")
    void emptyBodyIs400() {
        client.post().uri("/echo").contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
    }

    @Test
    @DisplayName("a POST without a JSON content type is a 415; a charset parameter is fine")
    void nonJsonIs415() {
        client.post().uri("/echo").contentType(MediaType.TEXT_PLAIN).bodyValue("{\"text\":\"a\"}")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.error.code").isEqualTo("unsupported_media_type");
        client.post().uri("/echo").header("Content-Type", "application/json; charset=utf-8").bodyValue("{\"text\":\"a\"}")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    @DisplayName("a body whose declared length is over the limit is a 413 before it is read")
    void declaredOversizeIs413() {
        client.post().uri("/echo").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"" + "x".repeat((int) LIMIT) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().exists("X-Request-ID")
                .expectBody().jsonPath("$.error.code").isEqualTo("request_too_large");
    }

    @Test
    @DisplayName("a streamed body with no length is cut off soon after the limit, not buffered whole")
    void streamedOversizeIs413AndCutOff() {
        AtomicLong produced = new AtomicLong();
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        byte[] chunk = "x".repeat(256).getBytes(StandardCharsets.UTF_8);
        Flux<DataBuffer> endless = Flux.range(0, 200_000)
                .map(i -> {
                    produced.addAndGet(chunk.length);
                    return buffers.wrap(chunk);
                });
        client.post().uri("/echo").contentType(MediaType.APPLICATION_JSON)
                .body(endless, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.error.code").isEqualTo("request_too_large");
        assertThat(produced.get()).as("bytes pulled from the client").isLessThan(200_000L * chunk.length / 10);
    }

    @Test
    @DisplayName("a valid body reaches the handler")
    void validBodyIsHandled() {
        client.post().uri("/echo").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\":\"hello\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length").isEqualTo(5);
    }

    @Test
    @DisplayName("a database-call queue that is full (work rejected) is a 503 receipt_error to retry, not a 500")
    void rejectedWorkIs503() {
        client.post().uri("/saturated").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("receipt_error")
                .jsonPath("$.error.message").isEqualTo("the service is busy; retry later");
    }

    @Test
    @DisplayName("an unexpected exception is a generic 500 internal_error with no detail of the cause")
    void unexpectedFailureIs500() {
        client.post().uri("/explode").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("\"code\":\"internal_error\"").doesNotContain("canary-boom"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebFlux
    @Import({ApiErrorHandler.class, RequestIds.class, BodyLimit.class, WebConfig.class, EchoController.class})
    static class TestWeb {

        @Bean
        HttpSettings httpSettings() {
            return new HttpSettings(LIMIT, FindingValues.INCLUDE, "*");
        }

        @Bean
        BlockingCalls blockingCalls() {
            return new BlockingCalls(Schedulers.boundedElastic());
        }

        @Bean
        CheckHealthUseCase health() {
            return () -> new CheckHealthUseCase.HealthReport(true, Instant.EPOCH);
        }
    }

    @RestController
    static class EchoController {

        @PostMapping(value = "/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> echo(@RequestBody byte[] body) {
            return Map.of("length", JsonBody.parse(body).requiredString("text").length());
        }

        @PostMapping(value = "/saturated", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> saturated(@RequestBody byte[] body) {
            throw reactor.core.Exceptions.failWithRejected();
        }

        @PostMapping(value = "/explode", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> explode(@RequestBody byte[] body) {
            throw new IllegalStateException("canary-boom");
        }
    }
}
