package ai.datafog.bootstrap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as a real child JVM (production start-up path plus the test routes), on a free port. */
final class ServiceProcess implements AutoCloseable {

    final int port;
    final Path log;
    final Process process;

    private ServiceProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(Map<String, String> environment) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = TestFiles.file("datafog-process", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dlogging.config=classpath:json-console-logback.xml",
                "-cp", System.getProperty("java.class.path"),
                SigtermTestMain.class.getName()));
        builder.environment().putAll(environment);
        builder.environment().put("DATAFOG_ADDR", "127.0.0.1:" + port);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new ServiceProcess(port, log, builder.start());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    void awaitHealthy(HttpClient http) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("service process is running").isTrue();
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service did not become healthy in time");
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
