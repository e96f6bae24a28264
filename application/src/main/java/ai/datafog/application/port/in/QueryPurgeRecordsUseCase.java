package ai.datafog.application.port.in;

import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordPage;
import ai.datafog.domain.retention.PurgeRecordQuery;

import java.util.Optional;

/** Reads purge evidence. */
public interface QueryPurgeRecordsUseCase {

    /**
     * A page of records, newest first, filtered by the query; empty when the query continues after a
     * record that does not exist (not a position this service handed out, or deleted by its retention).
     */
    Optional<PurgeRecordPage> list(PurgeRecordQuery query);

    Optional<PurgeRecord> find(PurgeId id);
}
