package ai.datafog.adapter.http.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Where the accepted tokens come from: a fixed list, or a mounted secret file that is re-read when
 * its modification time changes (checked at most once per interval, so a rotation needs no restart).
 * An unreadable or empty file keeps the last good tokens in force: a half-written secret must not
 * lock every client out, nor open the service.
 */
public final class TokenSource {

    private static final Logger log = LoggerFactory.getLogger(TokenSource.class);

    private final Path file;
    private final long checkEveryNanos;
    private final LongSupplier nanoClock;
    private volatile TokenSet current;
    private volatile FileTime lastModified;
    private volatile long nextCheck;

    private TokenSource(Path file, TokenSet initial, Duration checkEvery, LongSupplier nanoClock) {
        this.file = file;
        this.current = Objects.requireNonNull(initial, "initial");
        this.checkEveryNanos = checkEvery.toNanos();
        this.nanoClock = nanoClock;
        this.lastModified = file == null ? null : modified(file);
        this.nextCheck = nanoClock.getAsLong() + checkEveryNanos;
    }

    public static TokenSource fixed(List<String> tokens) {
        return new TokenSource(null, TokenSet.of(tokens), Duration.ZERO, System::nanoTime);
    }

    /** Tokens from {@code file}, starting from {@code initial} (what configuration read at start). */
    public static TokenSource file(Path file, List<String> initial, Duration checkEvery) {
        return file(file, initial, checkEvery, System::nanoTime);
    }

    static TokenSource file(Path file, List<String> initial, Duration checkEvery, LongSupplier nanoClock) {
        return new TokenSource(Objects.requireNonNull(file, "file"), TokenSet.of(initial), checkEvery, nanoClock);
    }

    /** The tokens in force now; re-reads the file first when the check interval has passed and it changed. */
    public TokenSet current() {
        if (file != null) {
            long now = nanoClock.getAsLong();
            if (now - nextCheck >= 0) {
                nextCheck = now + checkEveryNanos;
                reloadIfChanged();
            }
        }
        return current;
    }

    private synchronized void reloadIfChanged() {
        FileTime modified = modified(file);
        if (modified == null || modified.equals(lastModified)) {
            return;
        }
        try {
            List<String> tokens = CommaList.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (tokens.isEmpty()) {
                log.warn("token file {} is empty; keeping the previous tokens", file);
                return;
            }
            current = TokenSet.of(tokens);
            lastModified = modified;
            log.info("token file {} reloaded: {} tokens", file, tokens.size());
        } catch (IOException | RuntimeException unreadable) {
            log.warn("token file {} cannot be read ({}); keeping the previous tokens", file,
                    unreadable.getClass().getSimpleName());
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
