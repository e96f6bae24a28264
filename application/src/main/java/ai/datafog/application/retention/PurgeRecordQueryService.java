package ai.datafog.application.retention;

import ai.datafog.application.port.in.QueryPurgeRecordsUseCase;
import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeRecord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads purge records from their store. */
public final class PurgeRecordQueryService implements QueryPurgeRecordsUseCase {

    private final PurgeRecordStore store;

    public PurgeRecordQueryService(PurgeRecordStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<PurgeRecord> recent(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return store.recent(limit);
    }

    @Override
    public Optional<PurgeRecord> find(PurgeId id) {
        return store.find(id);
    }
}
