package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("SIGTERM under decision load: in-flight decisions finish, every acknowledged receipt is on disk, exit is clean")
class SigtermUnderLoadTest {

    private static final Pattern RECEIPT_ID = Pattern.compile("\"receipt_id\":\"([0-9a-f-]{36})\"");
    private static final String DECIDE = "{\"action\":{\"type\":\"file.write\"},\"text\":\"mail ann.lee@example.org\"}";
    private static final int CLIENTS = 16;

    @Test
    @DisplayName("16 clients deciding, SIGTERM: no 5xx, exit 0 or 143, and after a restart every returned receipt id is found")
    void sigtermUnderLoadLosesNoAcknowledgedReceipt() throws Exception {
        Path receipts = TestFiles.directory("datafog-sigterm-load");
        Map<String, String> environment = Map.of("DATAFOG_RECEIPT_PATH", receipts.toString(),
                "DATAFOG_SHUTDOWN_TIMEOUT", "10s", "DATAFOG_LOG_FORMAT", "json");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger serverErrors = new AtomicInteger();
        try (ServiceProcess service = ServiceProcess.start(environment)) {
            service.awaitHealthy(http);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    HttpRequest decide = HttpRequest.newBuilder(service.uri("/v1/decide"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(DECIDE)).build();
                    while (running.get()) {
                        try {
                            HttpResponse<String> response = http.send(decide, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                Matcher id = RECEIPT_ID.matcher(response.body());
                                assertThat(id.find()).isTrue();
                                acknowledged.add(id.group(1));
                            } else if (response.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                        } catch (IOException refusedAfterShutdown) {
                            // once the server stops accepting, new connections are refused: expected
                        } catch (InterruptedException stop) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(3_000);
            int beforeSignal = acknowledged.size();
            service.process.destroy();
            assertThat(service.process.waitFor(30, TimeUnit.SECONDS)).as("process exited").isTrue();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(service.process.exitValue()).isIn(0, 143);
            assertThat(beforeSignal).as("decisions answered before SIGTERM").isGreaterThan(0);
        }
        assertThat(serverErrors.get()).as("5xx answers during the drain").isZero();

        try (ServiceProcess restarted = ServiceProcess.start(environment)) {
            restarted.awaitHealthy(http);
            List<String> missing = acknowledged.stream().filter(id -> {
                try {
                    return http.send(HttpRequest.newBuilder(restarted.uri("/v1/receipts/" + id)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() != 200;
                } catch (IOException | InterruptedException e) {
                    return true;
                }
            }).toList();
            assertThat(missing).as("acknowledged receipts missing after the restart (of %d)", acknowledged.size()).isEmpty();
        }
    }
}
