package ai.datafog.domain.retention;

import ai.datafog.domain.Uuids;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the purge records, newest first: optionally only one kind or one status, and only
 * those after the record {@code after} (the last of the previous page). Paging is keyset paging on
 * (started_at, purge_id), so records written while a client pages are neither repeated nor skipped;
 * a record deleted by its own retention is no longer a position to continue from.
 */
public record PurgeRecordQuery(Optional<PurgeKind> kind, Optional<PurgeStatus> status, Optional<PurgeId> after,
                               int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Newest first: later start first, then the larger id in the databases' UUID order. */
    public static final Comparator<PurgeRecord> NEWEST_FIRST = Comparator.comparing(PurgeRecord::startedAt)
            .thenComparing(record -> record.id().value(), Uuids.UNSIGNED)
            .reversed();

    public PurgeRecordQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
        }
    }

    /** The newest {@code limit} records, whatever their kind and status. */
    public static PurgeRecordQuery newest(int limit) {
        return new PurgeRecordQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /** True when {@code record} passes the kind and status filters (the position is not considered). */
    public boolean matches(PurgeRecord record) {
        return kind.map(wanted -> wanted == record.kind()).orElse(true)
                && status.map(wanted -> wanted == record.status()).orElse(true);
    }
}
