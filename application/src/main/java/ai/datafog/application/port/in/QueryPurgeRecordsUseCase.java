package ai.datafog.application.port.in;

import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeRecord;

import java.util.List;
import java.util.Optional;

/** Reads purge evidence. */
public interface QueryPurgeRecordsUseCase {

    int MAX_LIMIT = 500;

    /** The most recent records, newest first; {@code limit} in 1..{@value #MAX_LIMIT}. */
    List<PurgeRecord> recent(int limit);

    Optional<PurgeRecord> find(PurgeId id);
}
