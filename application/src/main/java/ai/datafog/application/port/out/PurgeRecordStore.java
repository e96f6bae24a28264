package ai.datafog.application.port.out;

import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps the evidence of purges and erasures. */
public interface PurgeRecordStore {

    /** Inserts the record, or replaces the stored one with the same id (progress and outcome). */
    void save(PurgeRecord record);

    Optional<PurgeRecord> find(PurgeId id);

    /**
     * At most {@code rows} records that pass the query's filters and, when {@code after} is given, come
     * after it in {@link PurgeRecordQuery#NEWEST_FIRST} order, in that order. {@code after} is the record
     * the query's cursor names, as the caller read it: its position holds even if it has since been deleted.
     */
    List<PurgeRecord> list(PurgeRecordQuery query, Optional<PurgeRecord> after, int rows);

    /**
     * Marks every scheduled or manual purge still {@code running} as {@code interrupted} at
     * {@code when}; called by the lease holder, so such a record belongs to a runner that died.
     */
    int markRunningPurgesInterrupted(Instant when);

    /** Deletes up to {@code batchSize} finished records that finished before {@code cutoff}. */
    int deleteFinishedBefore(Instant cutoff, int batchSize);
}
