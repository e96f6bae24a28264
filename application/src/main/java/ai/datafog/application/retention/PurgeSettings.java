package ai.datafog.application.retention;

import ai.datafog.domain.retention.Retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How purges run: default retention, rows per delete transaction, how long idempotency and purge
 * records are kept, and the lease this replica takes (its owner name must be unique per process).
 */
public record PurgeSettings(Retention defaultRetention, int batchSize, Duration idempotencyTtl,
                            Duration purgeRecordRetention, Duration leaseDuration, String owner) {

    public PurgeSettings {
        Objects.requireNonNull(defaultRetention, "defaultRetention");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        requirePositive(idempotencyTtl, "idempotencyTtl");
        requirePositive(purgeRecordRetention, "purgeRecordRetention");
        requirePositive(leaseDuration, "leaseDuration");
        Objects.requireNonNull(owner, "owner");
        if (owner.isBlank() || owner.length() > 200) {
            throw new IllegalArgumentException("owner must be 1..200 characters");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
