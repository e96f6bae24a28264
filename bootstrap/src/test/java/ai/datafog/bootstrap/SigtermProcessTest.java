package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A real process drains in-flight requests on SIGTERM and exits cleanly (SPEC §11)")
class SigtermProcessTest {

    private static final String TOKEN = "canary-process-token-93ac";

    @Test
    @DisplayName("SIGTERM with a request in flight: the request gets 200, the JVM exits 0 or 143, logs are JSON without the token")
    void sigtermDrainsAndExits() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(Map.of(
                "DATAFOG_API_TOKEN", TOKEN,
                "DATAFOG_RECEIPT_PATH", TestFiles.directory("datafog-sigterm").toString(),
                "DATAFOG_SHUTDOWN_TIMEOUT", "10s",
                "DATAFOG_LOG_FORMAT", "json"))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            service.awaitHealthy(http);

            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest
                            .newBuilder(service.uri("/test/slow?ms=2000"))
                            .header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            service.process.destroy();

            assertThat(inFlight.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(service.process.waitFor(30, TimeUnit.SECONDS)).as("process exited").isTrue();
            assertThat(service.process.exitValue()).isIn(0, 143);
            String output = Files.readString(service.log, StandardCharsets.UTF_8);
            assertThat(output).contains("\"logger_name\":\"ai.datafog.access\"")
                    .contains("\"route\":\"/test/slow\"")
                    .contains("\"status\":200")
                    .doesNotContain(TOKEN);
        }
    }
}
