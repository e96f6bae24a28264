package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A policy file from DATAFOG_POLICY_PATH is used, and edits to it are reloaded or rejected")
class PolicyFileApiTest extends ApiTestSupport {

    private static final Path FILE = createPolicyFile();

    @DynamicPropertySource
    static void policyFile(DynamicPropertyRegistry registry) {
        registry.add("DATAFOG_POLICY_PATH", FILE::toString);
    }

    private static String policy(String version, String effect) {
        return """
                {"policy_id": "corp", "policy_version": "%s",
                 "default_transforms": [{"entity_type": "email", "mode": "replace"}],
                 "rules": [{"id": "all", "priority": 1, "effect": "%s"}]}
                """.formatted(version, effect);
    }

    private static Path createPolicyFile() {
        try {
            Path file = TestFiles.directory("datafog-policy").resolve("policy.json");
            Files.writeString(file, policy("1", "allow"), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replaceFile(String content) throws IOException {
        Path temporary = Files.writeString(FILE.resolveSibling("policy.json.tmp"), content, StandardCharsets.UTF_8);
        Files.move(temporary, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String currentVersion() {
        return new String(client.get().uri("/v1/policy/version").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the file's policy is in force, its default plan drives /v1/transform, and reloads follow edits")
    void fileIsUsedAndReloaded() throws Exception {
        client.post().uri("/v1/transform").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"to a@b.io\", \"findings\": [{\"entity_type\": \"email\", \"start\": 3, \"end\": 9}]}")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.output").isEqualTo("to [EMAIL_1]")
                .jsonPath("$.policy_id").isEqualTo("corp")
                .jsonPath("$.policy_version").isEqualTo("1");

        replaceFile(policy("2", "deny"));
        awaitVersion("\"policy_version\":\"2\"");

        replaceFile(policy("3", "not-an-effect"));
        Thread.sleep(1_500);
        assertThat(currentVersion()).contains("\"policy_version\":\"2\"");

        replaceFile(policy("4", "allow"));
        awaitVersion("\"policy_version\":\"4\"");
    }

    private void awaitVersion(String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!currentVersion().contains(expected)) {
            assertThat(Instant.now()).as("policy reloaded within 20 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
