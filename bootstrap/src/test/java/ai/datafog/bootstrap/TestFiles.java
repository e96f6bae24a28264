package ai.datafog.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests of this module put the files they create (receipts directories, policy and token
 * files, child processes' logs): under {@code target/test-files} of the module, so they go with
 * {@code mvn clean} or the checkout and a long-lived machine's temp directory does not fill up run by
 * run. Contexts cached by Spring's test framework keep their H2 files until the test JVM exits, and a
 * failed test's process log stays there to be read. {@code ReadOnlyFilesystemStartTest} is the one
 * exception: user 65532 must reach its files, so it works in the system temp directory and removes them.
 */
final class TestFiles {

    private static final Path ROOT = Path.of("target", "test-files").toAbsolutePath();

    private TestFiles() {
    }

    /** A new, empty directory whose name starts with {@code prefix}. */
    static Path directory(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(ROOT), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty file whose name starts with {@code prefix} and ends with {@code suffix}. */
    static Path file(String prefix, String suffix) {
        try {
            return Files.createTempFile(Files.createDirectories(ROOT), prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
