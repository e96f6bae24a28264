package ai.datafog.adapter.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * How receipts are grouped into transactions: at most {@code batchSize} per transaction, waiting at
 * most {@code linger} after the first for others to join; at most {@code queueCapacity} waiting
 * (more are refused at once rather than queued without bound); {@code drainTimeout} to flush on close.
 */
public record GroupCommitSettings(int batchSize, Duration linger, int queueCapacity, Duration drainTimeout) {

    public GroupCommitSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        Objects.requireNonNull(linger, "linger");
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative");
        }
        if (queueCapacity < batchSize) {
            throw new IllegalArgumentException("queueCapacity must be at least batchSize");
        }
        Objects.requireNonNull(drainTimeout, "drainTimeout");
    }

    /** A queue of 64 batches and a 10 s drain: what the service uses with its configured size and linger. */
    public static GroupCommitSettings of(int batchSize, Duration linger) {
        return new GroupCommitSettings(batchSize, linger, Math.max(batchSize * 64, 10_000), Duration.ofSeconds(10));
    }
}
