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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
        watched = WatchedPolicyFile.open(file, Duration.ofMillis(50), Duration.ofMinutes(10), reloads::add);

        replace(file, policy("2", "deny"));

        assertThat(nextReload()).isInstanceOf(ReloadResult.Replaced.class);
        assertThat(watched.current().identity().version()).isEqualTo("2");
    }

    @Test
    @DisplayName("an edit with an invalid policy is rejected with its problems and the old policy stays")
    void invalidEditIsRejected() throws Exception {
        Path file = write("policy.json", policy("1", "allow"));
        watched = WatchedPolicyFile.open(file, Duration.ofMillis(50), Duration.ofMinutes(10), reloads::add);

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
        watched = WatchedPolicyFile.open(file, Duration.ofMillis(50), Duration.ofMinutes(10), reloads::add);

        assertThat(watched.reload()).isInstanceOf(ReloadResult.Unchanged.class);
        Files.delete(file);
        ReloadResult result = nextReload();

        assertThat(result).isInstanceOf(ReloadResult.Rejected.class);
        assertThat(((ReloadResult.Rejected) result).problems()).containsExactly("the file cannot be read");
        assertThat(watched.current().identity().version()).isEqualTo("1");
    }

    @Test
    @DisplayName("a directory where other files keep changing does not hold a reload back")
    void busyDirectoryDoesNotDelayTheReload() throws Exception {
        Path file = write("policy.json", policy("1", "allow"));
        watched = WatchedPolicyFile.open(file, Duration.ofMillis(100), Duration.ofMinutes(10), reloads::add);
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            try {
                while (!stop.get() && System.nanoTime() < until) {
                    Files.writeString(directory.resolve("service.log"), "line\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    Thread.sleep(10);
                }
            } catch (IOException | InterruptedException ended) {
                Thread.currentThread().interrupt();
            }
        });
        churn.start();
        try {
            replace(file, policy("2", "deny"));

            assertThat(nextReload()).isInstanceOf(ReloadResult.Replaced.class);
            assertThat(churn.isAlive()).as("the reload came while the other file was still being written").isTrue();
        } finally {
            stop.set(true);
            churn.join();
        }
    }

    @Test
    @DisplayName("a policy directory replaced by another (renamed away, or a parent symlink swapped) is followed")
    void replacedDirectoryIsFollowed() throws Exception {
        Path releases = Files.createDirectories(directory.resolve("releases"));
        Path first = Files.createDirectories(releases.resolve("r1"));
        Files.writeString(first.resolve("policy.json"), policy("1", "allow"));
        Path current = Files.createSymbolicLink(directory.resolve("current"), first);
        watched = WatchedPolicyFile.open(current.resolve("policy.json"), Duration.ofMillis(50), Duration.ofMillis(200), reloads::add);

        Path second = Files.createDirectories(releases.resolve("r2"));
        Files.writeString(second.resolve("policy.json"), policy("2", "deny"));
        Path swap = Files.createSymbolicLink(directory.resolve("current.tmp"), second);
        Files.move(swap, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(nextReload()).isInstanceOf(ReloadResult.Replaced.class);
        assertThat(watched.current().identity().version()).isEqualTo("2");

        Files.move(second, releases.resolve("r2-old"));
        Files.createDirectories(second);
        Files.writeString(second.resolve("policy.json"), policy("3", "allow"));

        assertThat(nextReload()).isInstanceOf(ReloadResult.Replaced.class);
        assertThat(watched.current().identity().version()).isEqualTo("3");

        replace(second.resolve("policy.json"), policy("4", "deny"));
        assertThat(nextReload()).isInstanceOf(ReloadResult.Replaced.class);
        assertThat(watched.current().identity().version()).isEqualTo("4");
    }

    @Test
    @DisplayName("an invalid file at start-up is refused with every problem in one message")
    void invalidAtStart() throws Exception {
        Path file = write("policy.json", """
                {"policy_version": "1", "rules": [{"id": "r", "priority": -2, "effect": "allow"}]}
                """);

        assertThatThrownBy(() -> WatchedPolicyFile.open(file, Duration.ofMillis(50), Duration.ofMinutes(10), reloads::add))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("policy file " + file + " is invalid (2 problems): policy_id is required; "
                        + "rules[0] (r): priority must not be negative");
        assertThatThrownBy(() -> PolicyFiles.load(directory.resolve("missing.json")))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageEndingWith("is invalid (1 problem): the file cannot be read");
    }
}
