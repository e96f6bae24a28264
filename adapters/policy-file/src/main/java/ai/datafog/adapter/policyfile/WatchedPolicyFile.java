package ai.datafog.adapter.policyfile;

import ai.datafog.application.port.out.CurrentPolicy;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.policy.PolicyValidation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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
 * The parent directory is watched (editors and Kubernetes replace files by rename or symlink swap)
 * and bursts of events are debounced into one reload; unchanged content is ignored.
 */
public final class WatchedPolicyFile implements CurrentPolicy, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WatchedPolicyFile.class);

    private final Path file;
    private final Duration debounce;
    private final Consumer<ReloadResult> listener;
    private final AtomicReference<Policy> current;
    private final WatchService watchService;
    private final Thread watcher;
    private byte[] lastContent;
    private volatile boolean closed;

    private WatchedPolicyFile(Path file, Duration debounce, Consumer<ReloadResult> listener) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.listener = listener;
        this.lastContent = PolicyFiles.read(this.file);
        this.current = new AtomicReference<>(PolicyFiles.require(PolicyFiles.describe(this.file), PolicyJson.parse(lastContent)));
        Path directory = Objects.requireNonNull(this.file.getParent(), "a policy file has a parent directory");
        this.watchService = directory.getFileSystem().newWatchService();
        directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        this.watcher = new Thread(this::watch, "datafog-policy-watch");
        this.watcher.setDaemon(true);
    }

    /**
     * Loads {@code file} (an {@link InvalidPolicyException} when it cannot be used) and starts watching it.
     * {@code listener} hears every reload's result, after it is logged.
     */
    public static WatchedPolicyFile open(Path file, Duration debounce, Consumer<ReloadResult> listener) {
        WatchedPolicyFile watched;
        try {
            watched = new WatchedPolicyFile(file, debounce, listener);
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
                drain(watchService.take());
                WatchKey more;
                while ((more = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
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

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
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
