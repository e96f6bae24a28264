package ai.datafog.application.retention;

import ai.datafog.application.port.in.QueryPurgeRecordsUseCase;
import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordPage;
import ai.datafog.domain.retention.PurgeRecordQuery;

import java.util.Objects;
import java.util.Optional;

/** Reads purge records from their store. */
public final class PurgeRecordQueryService implements QueryPurgeRecordsUseCase {

    private final PurgeRecordStore store;

    public PurgeRecordQueryService(PurgeRecordStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<PurgeRecordPage> list(PurgeRecordQuery query) {
        Optional<PurgeRecord> after = query.after().flatMap(store::find);
        if (query.after().isPresent() && after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PurgeRecordPage.of(store.list(query, after, query.limit() + 1), query.limit()));
    }

    @Override
    public Optional<PurgeRecord> find(PurgeId id) {
        return store.find(id);
    }
}
