package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Without tokens: timeouts, failures, metrics and CORS defaults keep the error contract")
@Import(TestRoutes.class)
@TestPropertySource(properties = {"DATAFOG_REQUEST_TIMEOUT=400ms", "DATAFOG_MAX_BODY_BYTES=1024",
        "logging.level.ai.datafog.adapter.http.edge.DroppedErrors=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class EdgeContractTest extends ApiTestSupport {

    @Test
    @DisplayName("a handler slower than DATAFOG_REQUEST_TIMEOUT gets 503 timeout with the error body, on time")
    void slowHandlerTimesOut() {
        Instant start = Instant.now();
        client.get().uri("/test/slow?ms=3000").header("X-Request-ID", "rid-503").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("X-Request-ID", "rid-503")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("timeout")
                .jsonPath("$.error.request_id").isEqualTo("rid-503");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    @DisplayName("the timeout fires while every parallel worker is busy with long CPU work (its timer runs elsewhere)")
    void timeoutFiresWhileCpuWorkersAreBusy() throws InterruptedException {
        int workers = reactor.core.scheduler.Schedulers.DEFAULT_POOL_SIZE;
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(workers);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < workers; i++) {
            reactor.core.scheduler.Schedulers.parallel().schedule(() -> {
                busy.countDown();
                try {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertThat(busy.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("every parallel worker is held").isTrue();
            // The handler never answers on its own here: its delay also waits for a parallel worker.
            client.mutate().responseTimeout(Duration.ofSeconds(20)).build()
                    .get().uri("/test/slow?ms=3000").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.error.code").isEqualTo("timeout");
        } finally {
            release.countDown();
        }
    }

    @Test
    @DisplayName("a timeout interrupts the request's CPU work on its parallel worker, which stops, logging no error")
    void timeoutStopsCpuWork(CapturedOutput output) throws InterruptedException {
        TestRoutes.CPU_WORK_STOPPED.drainPermits();

        client.get().uri("/test/cpu").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.error.code").isEqualTo("timeout");

        assertThat(TestRoutes.CPU_WORK_STOPPED.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS))
                .as("the work saw the interrupt and stopped").isTrue();
        Instant deadline = Instant.now().plusSeconds(10);
        while (!output.getAll().contains("cancelled work stopped after its request ended") && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(output.getAll()).as("the stopped work's exception went to the service's hook")
                .contains("cancelled work stopped after its request ended")
                .doesNotContain("onErrorDropped").doesNotContain("cpu work interrupted");
    }

    @Test
    @DisplayName("a response whose writing began before the timeout is written whole, not cut off after its headers")
    void startedResponseIsNotCutOff() {
        // Committed at once, written over 600 ms: past the 400 ms timeout, within the write allowance (1,200 ms).
        byte[] body = client.mutate().responseTimeout(Duration.ofSeconds(20)).build()
                .get().uri("/test/slow-write?ms=600").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("0123456789");
    }

    @Test
    @DisplayName("a write that outlasts its allowance ends with the connection closed, not with the client waiting, and logs no request line")
    void stalledWriteClosesTheConnection(CapturedOutput output) {
        Instant start = Instant.now();
        assertThatThrownBy(() -> client.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/test/slow-write?ms=20000").exchange()
                .expectBody().returnResult())
                .as("the body is cut short with the connection").isNotNull();
        assertThat(Duration.between(start, Instant.now())).as("well before the client's own 30 s").isLessThan(Duration.ofSeconds(15));
        assertThat(output.getAll()).as("Spring's already-committed report quotes the query string")
                .doesNotContain("ms=20000\", but ServerHttpResponse already committed");
    }

    @Test
    @DisplayName("a handler within the timeout answers normally")
    void fastHandlerIsNotCut() {
        client.get().uri("/test/slow?ms=50").exchange().expectStatus().isOk();
    }

    @Test
    @DisplayName("an unexpected failure is 500 internal_error with the request id and no detail of the failure")
    void failureIs500WithRequestId(CapturedOutput output) {
        byte[] body = client.get().uri("/test/boom").header("X-Request-ID", "rid-500").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().valueEquals("X-Request-ID", "rid-500")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("internal_error")
                .jsonPath("$.error.request_id").isEqualTo("rid-500")
                .returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("secret detail").doesNotContain("IllegalState");
        assertThat(output.getAll()).doesNotContain("secret detail");
    }

    @Test
    @DisplayName("an oversized body is 413 request_too_large with the request id")
    void oversizedBodyIs413WithRequestId() {
        client.post().uri("/test/upload").header("X-Request-ID", "rid-413").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"" + "x".repeat(2048) + "\"}").exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().valueEquals("X-Request-ID", "rid-413")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("request_too_large")
                .jsonPath("$.error.request_id").isEqualTo("rid-413");
    }

    @Test
    @DisplayName("CORS is off by default: no Access-Control header for any Origin")
    void corsIsOffByDefault() {
        client.get().uri("/health").header(HttpHeaders.ORIGIN, "https://evil.example").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.options().uri("/metrics").header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    @DisplayName("GET /metrics has exactly the SPEC §4.2 fields, counts by route template, and unknown routes as /_not_found")
    void metricsShape() {
        client.get().uri("/test/items/abc-123").exchange().expectStatus().isOk();
        client.get().uri("/no/such/route/xyz").exchange().expectStatus().isNotFound();
        client.delete().uri("/health").exchange().expectStatus().isEqualTo(405);
        client.get().uri("/metrics").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.length()").isEqualTo(7)
                .jsonPath("$.total_requests").value(n -> assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(3))
                .jsonPath("$.error_requests").value(n -> assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(2))
                .jsonPath("$.by_status['200']").exists()
                .jsonPath("$.by_status['404']").exists()
                .jsonPath("$.by_status['405']").exists()
                .jsonPath("$.by_path['/test/items/{id}']").exists()
                .jsonPath("$.by_path['/_not_found']").exists()
                .jsonPath("$.by_path['/health']").exists()
                .jsonPath("$.by_method.GET").exists()
                .jsonPath("$.by_method.DELETE").exists()
                .jsonPath("$.started_at").isNotEmpty()
                .jsonPath("$.uptime_seconds").isNumber();
        byte[] body = client.get().uri("/metrics").exchange().expectBody().returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("abc-123").doesNotContain("xyz");
    }

    @Test
    @DisplayName("Prometheus at /actuator/prometheus times requests by route template, method and status")
    void prometheusTimers() {
        client.get().uri("/test/items/p-1").exchange().expectStatus().isOk();
        byte[] body = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        String scrape = new String(body, StandardCharsets.UTF_8);
        assertThat(scrape)
                .containsPattern("datafog_http_requests_seconds_count\\{[^}]*route=\"/test/items/\\{id}\"[^}]*}")
                .contains("datafog_ratelimit_rejections_total")
                .doesNotContain("p-1");
    }

    @Test
    @DisplayName("actuator exposes only health and prometheus, and /health keeps its contract shape")
    void actuatorExposesOnlyHealthAndPrometheus() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/actuator/env").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.error.code").isEqualTo("not_found");
        client.get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
        client.get().uri("/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ok").jsonPath("$.started_at").isNotEmpty()
                .jsonPath("$.components").doesNotExist();
    }

    @Test
    @DisplayName("an unknown /actuator/health/<path> is a contract 404, not actuator's body-less one")
    void unknownActuatorHealthPathIsAContract404() {
        for (String path : new String[] {"/actuator/health/nope", "/actuator/health/db", "/actuator/health/a/b"}) {
            client.get().uri(path).exchange().expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody().jsonPath("$.error.code").isEqualTo("not_found")
                    .jsonPath("$.error.request_id").isNotEmpty();
        }
        // An encoded slash inside the segment used to reach actuator's group lookup, which asserts and answered 500.
        client.get().uri(java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health/a%2Fb")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error.code").isEqualTo("not_found");
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
