package ai.datafog.application.port.out;

import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldQuery;
import ai.datafog.domain.retention.LegalHold;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps legal holds, active and released; nothing is ever deleted from it. */
public interface LegalHoldStore {

    void add(LegalHold hold);

    Optional<LegalHold> find(HoldId id);

    /**
     * At most {@code rows} holds that pass the query's filters and, when {@code after} is given, come
     * after it in {@link HoldQuery#NEWEST_FIRST} order, in that order. {@code after} is the hold the
     * query's cursor names, as the caller read it.
     */
    List<LegalHold> list(HoldQuery query, Optional<LegalHold> after, int rows);

    /** The holds not yet released. */
    List<LegalHold> active();

    /**
     * Releases the hold if it is still active, atomically: of two concurrent releases exactly one wins.
     * Returns false when the hold is unknown or already released.
     */
    boolean release(HoldId id, Instant releasedAt);
}
