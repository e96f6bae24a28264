package ai.datafog.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container promise without a container: the service starts and serves /health as the
 * unprivileged user 65532 (via {@code setpriv}) with a read-only working directory and read-only
 * application files, where only {@code DATAFOG_RECEIPT_PATH} and {@code java.io.tmpdir} are
 * writable. Root ignores permission bits, so the test drops to 65532 itself; afterwards no file owned
 * by 65532 may exist outside those two directories. Skipped with the reason when it cannot drop
 * privileges (not root, or no setpriv).
 */
@DisplayName("The service runs as user 65532 with everything read-only except the receipts directory and its tmp dir")
class ReadOnlyFilesystemStartTest {

    private static final int NONROOT = 65532;
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private Path base;
    private Process service;

    @AfterEach
    void cleanUp() throws IOException {
        if (service != null) {
            service.destroyForcibly();
        }
        if (base != null) {
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @DisplayName("started as 65532 in a read-only directory, it serves /health and writes only where it may")
    void startsReadOnly() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SETPRIV), "read-only start test skipped: " + SETPRIV + " is not available");
        Assumptions.assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")),
                "read-only start test skipped: dropping to user 65532 needs root");

        base = Files.createTempDirectory("datafog-readonly");
        Path app = Files.createDirectory(base.resolve("app"));
        Path workingDir = Files.createDirectory(base.resolve("work"));
        Path receipts = ownedByNonRoot(Files.createDirectory(base.resolve("data")));
        Path tmp = ownedByNonRoot(Files.createDirectory(base.resolve("tmp")));
        String classpath = copyClasspath(app);
        makeReadOnly(app);
        makeReadOnly(workingDir);
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("r-xr-xr-x"));

        assertThat(runAsNonRoot(workingDir, List.of("/usr/bin/touch", workingDir.resolve("probe").toString())).waitFor())
                .as("the working directory really is read-only for 65532").isNotZero();

        int port = freePort();
        ProcessBuilder builder = nonRoot(workingDir, List.of(java(), "-Djava.io.tmpdir=" + tmp, "-cp", classpath,
                DatafogApplication.class.getName()));
        builder.environment().put("DATAFOG_RECEIPT_PATH", receipts.toString());
        builder.environment().put("DATAFOG_ADDR", "127.0.0.1:" + port);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        service = builder.start();

        assertThat(awaitHealthy(port, Duration.ofSeconds(120))).as("/health answered 200 as user 65532").isTrue();
        ProcessBuilder check = nonRoot(workingDir, List.of(java(), "-cp", classpath, HealthCheck.class.getName()));
        check.environment().put("DATAFOG_ADDR", "127.0.0.1:" + port);
        Process healthCheck = check.redirectErrorStream(true).start();
        assertThat(healthCheck.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(healthCheck.exitValue()).as("the container HEALTHCHECK command exits 0").isZero();

        service.destroy();
        service.waitFor(30, TimeUnit.SECONDS);
        try (Stream<Path> written = Files.list(receipts)) {
            assertThat(written).as("the embedded receipts database lives in DATAFOG_RECEIPT_PATH").isNotEmpty();
        }
        assertThat(filesOwnedByNonRootOutside(List.of(receipts, tmp))).as("files user 65532 wrote elsewhere").isEmpty();
    }

    private static String copyClasspath(Path app) throws IOException {
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Paths.get(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = app.resolve(index++ + "-" + source.getFileName());
            if (Files.isDirectory(source)) {
                copyTree(source, target);
            } else {
                Files.copy(source, target);
            }
            entries.add(target.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static void makeReadOnly(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
    }

    private static Path ownedByNonRoot(Path dir) throws IOException {
        Files.setAttribute(dir, "unix:uid", NONROOT);
        Files.setAttribute(dir, "unix:gid", NONROOT);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return dir;
    }

    private static ProcessBuilder nonRoot(Path workingDir, List<String> command) {
        List<String> full = new ArrayList<>(List.of(SETPRIV.toString(), "--reuid=" + NONROOT, "--regid=" + NONROOT, "--clear-groups", "--"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workingDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DATAFOG_"));
        return builder;
    }

    private static Process runAsNonRoot(Path workingDir, List<String> command) throws IOException {
        return nonRoot(workingDir, command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private boolean awaitHealthy(int port, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            if (HealthCheck.status(URI.create("http://127.0.0.1:" + port + "/health"), Duration.ofSeconds(2)) == 200) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Everywhere an unprivileged process could write on this host besides the allowed directories. */
    private List<Path> filesOwnedByNonRootOutside(List<Path> allowed) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path place : List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"), base)) {
            if (!Files.isDirectory(place)) {
                continue;
            }
            Files.walkFileTree(place, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                    return allowed.contains(dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                    if (Integer.valueOf(NONROOT).equals(Files.getAttribute(file, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
                        found.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        }
        return found;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
