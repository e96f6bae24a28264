package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A misconfigured process exits non-zero with one line naming the variable, not a stack trace")
class StartupFailureTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "DATAFOG_REQUEST_TIMEOUT, banana",
            "DATAFOG_RATE_LIMIT_RPS, -2",
            "DATAFOG_FINDING_VALUES, sometimes",
            "DATAFOG_API_TOKEN_FILE, /nonexistent/token",
            "DATAFOG_ADDR, 0.0.0.0:8080",
    })
    void badConfigurationStopsTheProcess(String variable, String value) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                DatafogApplication.class.getName()));
        builder.environment().putAll(Map.of(variable, value, "DATAFOG_RECEIPT_PATH", dir.toString()));
        builder.redirectErrorStream(true);
        Process process = builder.start();
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

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
