package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A misconfigured process exits non-zero with one line naming the variable, not a stack trace")
class StartupFailureTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "DATAFOG_REQUEST_TIMEOUT, banana",
            "DATAFOG_RATE_LIMIT_RPS, -2",
            "DATAFOG_FINDING_VALUES, sometimes",
            "DATAFOG_API_TOKEN_FILE, /nonexistent/token",
            "DATAFOG_ADDR, 0.0.0.0:8080",
            "DATAFOG_API_TOKEN, ' , '",
            "DATAFOG_ADMIN_TOKEN, ','",
            "DATAFOG_RECEIPT_RETENTION, P1M",
    })
    void badConfigurationStopsTheProcess(String variable, String value) throws Exception {
        Process process = start(Map.of(variable, value, "DATAFOG_RECEIPT_PATH", dir.toString()));
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = read(process);
        assertThat(exited).as("process exited").isTrue();
        assertThat(process.exitValue()).isEqualTo(DatafogApplication.CONFIG_ERROR_EXIT_CODE);
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("datafog-api: invalid configuration: " + variable + ": ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a start that fails after the configuration (its port is taken) ends the process with exit code 1, with the purge schedule on")
    void failedStartEndsTheProcess() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = start(Map.of("DATAFOG_ADDR", "127.0.0.1:" + taken.getLocalPort(),
                    "DATAFOG_RECEIPT_PATH", dir.toString()));
            boolean exited = process.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            String output = read(process);

            assertThat(exited).as("process exited").isTrue();
            assertThat(process.exitValue()).isEqualTo(DatafogApplication.START_FAILURE_EXIT_CODE);
            assertThat(output).contains("scheduled purge: cron").contains("APPLICATION FAILED TO START");
        }
    }

    /** The service's main in a child JVM; what it prints goes to a file, so a long report cannot block it. */
    private Process start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DatafogApplication.class.getName()));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(output().toFile());
        return builder.start();
    }

    private String read(Process process) throws IOException {
        return Files.readString(output(), StandardCharsets.UTF_8);
    }

    private Path output() {
        return logs.resolve("process.log");
    }
}
