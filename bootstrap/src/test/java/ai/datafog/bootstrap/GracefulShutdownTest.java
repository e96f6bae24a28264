package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Closing the application drains requests in flight (SPEC §11)")
class GracefulShutdownTest {

    @Test
    @DisplayName("a slow request that started before the close still completes with 200")
    void inFlightRequestCompletes() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DatafogApplication.class, TestRoutes.class)
                .properties("server.port=0",
                        "DATAFOG_RECEIPT_PATH=" + TestFiles.directory("datafog-drain"),
                        "server.shutdown=graceful",
                        "spring.lifecycle.timeout-per-shutdown-phase=10s")
                .run();
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/test/slow?ms=1500")).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);

        long closeStarted = System.nanoTime();
        context.close();
        long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closeStarted);

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("slept_ms");
        assertThat(closeMillis).as("close waited for the request").isGreaterThanOrEqualTo(500);
    }
}
