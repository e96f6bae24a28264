package ai.datafog.adapter.policyfile;

import ai.datafog.application.port.out.CurrentPolicy;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.policy.PolicyValidation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The policy of a file, reloaded when the file changes. A valid new version replaces the policy
 * atomically; an invalid one is rejected and logged, and the last good policy stays in force.
 * The parent directory is watched (editors and Kubernetes replace files by rename or symlink swap);
 * events for the file (or Kubernetes' {@code ..data} links) are debounced into one reload, events for
 * other files in the directory are ignored. The file is also re-read every {@code recheck}, and the
 * directory watched again when the path now leads to another directory (renamed or replaced, a
 * parent symlink swapped): an inotify watch follows the old one. Unchanged content is ignored.
 */
public final class WatchedPolicyFile implements CurrentPolicy, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WatchedPolicyFile.class);

    private final Path file;
    private final Path directory;
    private final Duration debounce;
    private final Duration recheck;
    private final Consumer<ReloadResult> listener;
    private final AtomicReference<Policy> current;
    private final WatchService watchService;
    private final Thread watcher;
    private byte[] lastContent;
    private WatchKey watchKey;
    private Object watchedDirectory;
    private volatile boolean closed;

    private WatchedPolicyFile(Path file, Duration debounce, Duration recheck, Consumer<ReloadResult> listener)
            throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.recheck = recheck;
        this.listener = listener;
        this.lastContent = PolicyFiles.read(this.file);
        this.current = new AtomicReference<>(PolicyFiles.require(PolicyFiles.describe(this.file), PolicyJson.parse(lastContent)));
        this.directory = Objects.requireNonNull(this.file.getParent(), "a policy file has a parent directory");
        this.watchService = directory.getFileSystem().newWatchService();
        this.watchKey = register();
        this.watchedDirectory = identity(directory);
        this.watcher = new Thread(this::watch, "datafog-policy-watch");
        this.watcher.setDaemon(true);
    }

    /**
     * Loads {@code file} (an {@link InvalidPolicyException} when it cannot be used) and starts watching it:
     * a change is read {@code debounce} after the last event for it, and the file is re-read every
     * {@code recheck} whatever the events. {@code listener} hears every reload's result, after it is logged.
     */
    public static WatchedPolicyFile open(Path file, Duration debounce, Duration recheck, Consumer<ReloadResult> listener) {
        WatchedPolicyFile watched;
        try {
            watched = new WatchedPolicyFile(file, debounce, recheck, listener);
        } catch (IOException cannotWatch) {
            throw new InvalidPolicyException(PolicyFiles.describe(file), List.of("the directory cannot be watched"));
        }
        watched.watcher.start();
        Policy policy = watched.current();
        log.info("policy loaded from {}: {} version {}", watched.file, policy.identity().id(), policy.identity().version());
        return watched;
    }

    @Override
    public Policy current() {
        return current.get();
    }

    /** Reads the file again now; also what a file change triggers. */
    public synchronized ReloadResult reload() {
        Policy previous = current.get();
        ReloadResult result;
        byte[] content = null;
        try {
            content = PolicyFiles.read(file);
            if (Arrays.equals(content, lastContent)) {
                return new ReloadResult.Unchanged();
            }
            PolicyValidation validation = PolicyJson.parse(content);
            if (validation instanceof PolicyValidation.Invalid invalid) {
                result = new ReloadResult.Rejected(previous.identity(), invalid.problems());
            } else {
                Policy next = ((PolicyValidation.Valid) validation).policy();
                current.set(next);
                result = new ReloadResult.Replaced(previous.identity(), next.identity());
            }
        } catch (InvalidPolicyException unreadable) {
            result = new ReloadResult.Rejected(previous.identity(), unreadable.problems());
        }
        lastContent = content;
        report(result);
        return result;
    }

    private void report(ReloadResult result) {
        if (result instanceof ReloadResult.Replaced replaced) {
            log.info("policy reloaded from {}: {} version {} (was {} version {})", file, replaced.current().id(),
                    replaced.current().version(), replaced.previous().id(), replaced.previous().version());
        } else if (result instanceof ReloadResult.Rejected rejected) {
            log.warn("policy file {} rejected, keeping {} version {}: {}", file, rejected.kept().id(),
                    rejected.kept().version(), String.join("; ", rejected.problems()));
        }
        listener.accept(result);
    }

    private void watch() {
        try {
            while (!closed) {
                WatchKey key = watchService.poll(recheck.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    watchAgainIfMoved();
                } else if (!concernsTheFile(key)) {
                    continue;
                } else {
                    settle();
                }
                try {
                    reload();
                } catch (RuntimeException unexpected) {
                    log.error("policy reload of {} failed unexpectedly: {}", file, unexpected.getClass().getName());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until no event for the file has come for {@code debounce}, and at most ten times that, so
     * a burst of writes is read once and a directory that never stops changing cannot hold a reload back.
     */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + debounce.multipliedBy(10).toNanos();
        long quietUntil = System.nanoTime() + debounce.toNanos();
        long now;
        while ((now = System.nanoTime()) < Math.min(quietUntil, deadline)) {
            WatchKey more = watchService.poll(Math.min(quietUntil, deadline) - now, TimeUnit.NANOSECONDS);
            if (more != null && concernsTheFile(more)) {
                quietUntil = System.nanoTime() + debounce.toNanos();
            }
        }
    }

    /** Whether the key's events touch the file (or a {@code ..} link Kubernetes swaps); resets the key. */
    private boolean concernsTheFile(WatchKey key) {
        boolean concerns = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Object name = event.context();
            concerns |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || name instanceof Path path && (path.equals(file.getFileName()) || path.toString().startsWith(".."));
        }
        return !key.reset() || concerns;
    }

    /** Watches the directory again when its path now leads elsewhere, or its watch was cancelled. */
    private void watchAgainIfMoved() {
        Object now = identity(directory);
        if (now == null || (now.equals(watchedDirectory) && watchKey.isValid())) {
            return;
        }
        try {
            watchKey.cancel();
            watchKey = register();
            watchedDirectory = now;
            log.info("policy directory {} changed; watching it again", directory);
        } catch (IOException cannotWatch) {
            log.warn("policy directory {} cannot be watched again; the file is still re-read every {}", directory, recheck);
        }
    }

    private WatchKey register() throws IOException {
        return directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** What identifies the directory the path leads to now (its inode), or null when there is none. */
    private static Object identity(Path directory) {
        try {
            return Files.readAttributes(directory, BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            watchService.close();
        } catch (IOException ignored) {
            log.debug("closing the policy watch service failed");
        }
        watcher.interrupt();
    }
}
