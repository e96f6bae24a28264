package ai.datafog.application.retention;

import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link PurgeRecordStore} for tests. */
public final class InMemoryPurgeRecordStore implements PurgeRecordStore {

    private final Map<PurgeId, PurgeRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized void save(PurgeRecord record) {
        records.put(record.id(), record);
    }

    @Override
    public synchronized Optional<PurgeRecord> find(PurgeId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<PurgeRecord> list(PurgeRecordQuery query, Optional<PurgeRecord> after, int rows) {
        return records.values().stream()
                .filter(query::matches)
                .filter(r -> after.map(a -> PurgeRecordQuery.NEWEST_FIRST.compare(r, a) > 0).orElse(true))
                .sorted(PurgeRecordQuery.NEWEST_FIRST)
                .limit(rows).toList();
    }

    @Override
    public synchronized int markRunningPurgesInterrupted(Instant when) {
        int marked = 0;
        for (PurgeRecord record : List.copyOf(records.values())) {
            if (record.status() == PurgeStatus.RUNNING && record.kind() != PurgeKind.ERASURE) {
                records.put(record.id(), record.finish(PurgeStatus.INTERRUPTED, when,
                        Optional.of("runner stopped before finishing; found by a later purge")));
                marked++;
            }
        }
        return marked;
    }

    @Override
    public synchronized int deleteFinishedBefore(Instant cutoff, int batchSize) {
        List<PurgeId> expired = records.values().stream()
                .filter(r -> r.finishedAt().isPresent() && r.finishedAt().get().isBefore(cutoff))
                .map(PurgeRecord::id).limit(batchSize).toList();
        expired.forEach(records::remove);
        return expired.size();
    }
}
