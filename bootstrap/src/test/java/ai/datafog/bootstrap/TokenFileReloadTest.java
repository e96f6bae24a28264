package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A token file is re-read when it changes, without a restart")
class TokenFileReloadTest extends ApiTestSupport {

    private static final Path TOKEN_FILE = tokenFile();

    @DynamicPropertySource
    static void tokenFileProperty(DynamicPropertyRegistry registry) {
        registry.add("DATAFOG_API_TOKEN_FILE", TOKEN_FILE::toString);
    }

    @Test
    @DisplayName("rotating the file admits the new token and, once the old one is removed, refuses the old one")
    void rotationThroughTheFile() throws Exception {
        write("first-token");
        awaitStatus("first-token", 200);
        assertThat(status("second-token")).isEqualTo(401);

        write("first-token,second-token");
        awaitStatus("second-token", 200);
        assertThat(status("first-token")).isEqualTo(200);

        write("second-token");
        awaitStatus("first-token", 401);
        assertThat(status("second-token")).isEqualTo(200);
    }

    @Test
    @DisplayName("an emptied token file keeps the last good tokens instead of opening or locking the service")
    void emptiedFileKeepsLastGoodTokens() throws Exception {
        write("keep-token");
        awaitStatus("keep-token", 200);
        write("   ");
        Thread.sleep(EdgeWiring.TOKEN_FILE_CHECK.toMillis() + 500);
        assertThat(status("keep-token")).isEqualTo(200);
        assertThat(client.get().uri("/metrics").exchange().returnResult(String.class).getStatus().value()).isEqualTo(401);
    }

    private int status(String token) {
        return client.get().uri("/metrics").header("X-API-Key", token).exchange()
                .returnResult(String.class).getStatus().value();
    }

    private void awaitStatus(String token, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(EdgeWiring.TOKEN_FILE_CHECK.multipliedBy(3));
        while (status(token) != expected) {
            assertThat(Instant.now()).as("token file change picked up in time").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    /** Writes the file and moves its mtime forward, so coarse file-system clocks still see a change. */
    private static void write(String content) throws IOException {
        FileTime before = Files.getLastModifiedTime(TOKEN_FILE);
        Files.writeString(TOKEN_FILE, content);
        Files.setLastModifiedTime(TOKEN_FILE, FileTime.from(before.toInstant().plus(Duration.ofSeconds(1))));
    }

    private static Path tokenFile() {
        try {
            Path file = TestFiles.file("datafog-tokens", ".txt");
            Files.writeString(file, "first-token\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
