package ai.datafog.adapter.policyfile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A watched policy file swaps in valid edits and rejects invalid ones")
class WatchedPolicyFileTest {

    @TempDir
    Path directory;

    private final BlockingQueue<ReloadResult> reloads = new LinkedBlockingQueue<>();
    private WatchedPolicyFile watched;

    @AfterEach
    void stop() {
        if (watched != null) {
            watched.close();
        }
    }

    private static String policy(String version, String effect) {
        return """
                {"policy_id": "p", "policy_version": "%s",
                 "rules": [{"id": "r", "priority": 1, "effect": "%s"}]}
                """.formatted(version, effect);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    // Editors and config managers replace a file by writing a temporary one and renaming it over.
    private void replace(Path file, String content) throws IOException {
        Path temporary = write(file.getFileName() + ".tmp", content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private ReloadResult nextReload() throws InterruptedException {
        ReloadResult result = reloads.poll(20, TimeUnit.SECONDS);
        assertThat(result).as("a reload within 20 s").isNotNull();
        return result;
    }

    @Test
    @DisplayName("an edit with a valid policy replaces the one in force")
    void validEditIsSwappedIn() throws Exception {
        Path file = write("policy.json", policy("1", "allow"));
        watched = WatchedPolicyFile.open(file, Duration.ofMillis(50), reloads::add);

        replace(file, policy("2", "deny"));

        assertThat(nextReload()).isInstanceOf(ReloadResult.Replaced.class);
        assertThat(watched.current().identity().version()).isEqualTo("2");
    }

    @Test
    @DisplayName("an edit with an invalid policy is rejected with its problems and the old policy stays")
    void invalidEditIsRejected() throws Exception {
        Path file = write("policy.json", policy("1", "allow"));
        watched = WatchedPolicyFile.open(file, Duration.ofMillis(50), reloads::add);

        replace(file, policy("2", "explode"));

        ReloadResult result = nextReload();
        assertThat(result).isInstanceOf(ReloadResult.Rejected.class);
        assertThat(((ReloadResult.Rejected) result).problems()).singleElement().asString()
                .startsWith("rules[0] (r): effect is not a known effect");
        assertThat(watched.current().identity().version()).isEqualTo("1");

        replace(file, policy("3", "allow"));

        assertThat(nextReload()).isInstanceOf(ReloadResult.Replaced.class);
        assertThat(watched.current().identity().version()).isEqualTo("3");
    }

    @Test
    @DisplayName("a deleted file keeps the last good policy; an explicit reload of unchanged content changes nothing")
    void deletedAndUnchanged() throws Exception {
        Path file = write("policy.json", policy("1", "allow"));
        watched = WatchedPolicyFile.open(file, Duration.ofMillis(50), reloads::add);

        assertThat(watched.reload()).isInstanceOf(ReloadResult.Unchanged.class);
        Files.delete(file);
        ReloadResult result = nextReload();

        assertThat(result).isInstanceOf(ReloadResult.Rejected.class);
        assertThat(((ReloadResult.Rejected) result).problems()).containsExactly("the file cannot be read");
        assertThat(watched.current().identity().version()).isEqualTo("1");
    }

    @Test
    @DisplayName("an invalid file at start-up is refused with every problem in one message")
    void invalidAtStart() throws Exception {
        Path file = write("policy.json", """
                {"policy_version": "1", "rules": [{"id": "r", "priority": -2, "effect": "allow"}]}
                """);

        assertThatThrownBy(() -> WatchedPolicyFile.open(file, Duration.ofMillis(50), reloads::add))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("policy file " + file + " is invalid (2 problems): policy_id is required; "
                        + "rules[0] (r): priority must not be negative");
        assertThatThrownBy(() -> PolicyFiles.load(directory.resolve("missing.json")))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageEndingWith("is invalid (1 problem): the file cannot be read");
    }
}
