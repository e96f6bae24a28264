package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("An unusable policy file stops start-up with one clear line")
class PolicyStartupTest {

    @TempDir
    Path directory;

    private Path invalidPolicy() throws Exception {
        return Files.writeString(directory.resolve("policy.json"), """
                {"policy_id": "p", "rules": [{"id": "a", "priority": -1, "effect": "allow", "description": "CANARY-desc"},
                                             {"id": "a", "effect": "maybe"}]}
                """, StandardCharsets.UTF_8);
    }

    private DatafogConfig config(Path policy) {
        Map<String, String> env = Map.of("DATAFOG_POLICY_PATH", policy.toString(), "DATAFOG_RECEIPT_PATH", directory.toString());
        return DatafogConfig.load(env::get);
    }

    @Test
    @DisplayName("the configuration error names DATAFOG_POLICY_PATH and lists every problem")
    void configErrorListsAllProblems() throws Exception {
        Path file = invalidPolicy();

        assertThatThrownBy(() -> PolicyWiring.requireLoadablePolicy(config(file)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DATAFOG_POLICY_PATH: policy file " + file + " is invalid (4 problems): "
                        + "policy_version is required; rules[0] (a): priority must not be negative; "
                        + "rules[1] (a): duplicate rule id; "
                        + "rules[1] (a): effect is not a known effect (valid: allow, allow_with_redaction, transform, deny)");
    }

    @Test
    @DisplayName("a missing file is a configuration error too")
    void missingFile() {
        assertThatThrownBy(() -> PolicyWiring.requireLoadablePolicy(config(directory.resolve("absent.json"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("is invalid (1 problem): the file cannot be read");
    }

    @Test
    @DisplayName("main exits with code 2 and prints one line without a stack trace or file content")
    void mainExitsWithOneLine() throws Exception {
        Path file = invalidPolicy();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatafogApplication.class.getName());
        builder.environment().put("DATAFOG_POLICY_PATH", file.toString());
        builder.environment().put("DATAFOG_RECEIPT_PATH", directory.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits within 60 s").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertThat(process.exitValue()).isEqualTo(DatafogApplication.CONFIG_ERROR_EXIT_CODE);
        assertThat(output.lines()).singleElement().asString()
                .startsWith("datafog-api: invalid configuration: DATAFOG_POLICY_PATH: policy file ")
                .contains("is invalid (4 problems)")
                .doesNotContain("CANARY", "Exception", "\tat ");
    }
}
