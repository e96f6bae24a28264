package ai.datafog.application.port.out;

import java.time.Instant;

/** Removes idempotency records older than the idempotency TTL (SPEC §4.3). */
public interface IdempotencyRecordPurge {

    /** Deletes up to {@code batchSize} records created before {@code cutoff}; returns how many. */
    int deleteExpiredIdempotencyRecords(Instant cutoff, int batchSize);
}
