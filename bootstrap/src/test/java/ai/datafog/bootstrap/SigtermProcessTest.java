package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A real process drains in-flight requests on SIGTERM and exits cleanly (SPEC §11)")
class SigtermProcessTest {

    private static final String TOKEN = "canary-process-token-93ac";

    @Test
    @DisplayName("SIGTERM with a request in flight: the request gets 200, the JVM exits 0 or 143, logs are JSON without the token")
    void sigtermDrainsAndExits() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("datafog-sigterm", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dlogging.config=classpath:json-console-logback.xml",
                "-cp", System.getProperty("java.class.path"),
                SigtermTestMain.class.getName()));
        builder.environment().put("DATAFOG_ADDR", "127.0.0.1:" + port);
        builder.environment().put("DATAFOG_API_TOKEN", TOKEN);
        builder.environment().put("DATAFOG_RECEIPT_PATH", Files.createTempDirectory("datafog-sigterm").toString());
        builder.environment().put("DATAFOG_SHUTDOWN_TIMEOUT", "10s");
        builder.environment().put("DATAFOG_LOG_FORMAT", "json");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitHealthy(http, port, process);

            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest
                            .newBuilder(URI.create("http://127.0.0.1:" + port + "/test/slow?ms=2000"))
                            .header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            process.destroy();

            assertThat(inFlight.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("process exited").isTrue();
            assertThat(process.exitValue()).isIn(0, 143);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(output).contains("\"logger_name\":\"ai.datafog.access\"")
                    .contains("\"route\":\"/test/slow\"")
                    .contains("\"status\":200")
                    .doesNotContain(TOKEN);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void awaitHealthy(HttpClient http, int port, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("service process is running").isTrue();
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service did not become healthy in time" + File.separator);
    }
}
