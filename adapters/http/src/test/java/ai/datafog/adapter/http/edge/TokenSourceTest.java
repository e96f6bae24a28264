package ai.datafog.adapter.http.edge;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSourceTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    @DisplayName("a changed file is picked up after the check interval, not before")
    void reloadAfterInterval(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("tokens"), "old", 0);
        TokenSource source = TokenSource.file(file, List.of("old"), Duration.ofSeconds(2), nanos::get);
        write(file, "new, old2", 5);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(source.current().match("new")).isEmpty();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(source.current().match("new")).isPresent();
        assertThat(source.current().match("old2")).isPresent();
        assertThat(source.current().match("old")).isEmpty();
    }

    @Test
    @DisplayName("an emptied or deleted file keeps the last good tokens")
    void badFileKeepsLastGood(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("tokens"), "good", 0);
        TokenSource source = TokenSource.file(file, List.of("good"), Duration.ofSeconds(1), nanos::get);
        write(file, " , ", 5);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(source.current().match("good")).isPresent();
        Files.delete(file);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(source.current().match("good")).isPresent();
    }

    @Test
    @DisplayName("comma-separated file content becomes trimmed tokens")
    void parse() {
        assertThat(CommaList.parse(" a , b,,c\n")).containsExactly("a", "b", "c");
    }

    private static Path write(Path file, String content, int secondsLater) throws Exception {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(secondsLater)));
        return file;
    }
}
