package ai.datafog.application.port.out;

import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.LegalHold;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps legal holds, active and released; nothing is ever deleted from it. */
public interface LegalHoldStore {

    void add(LegalHold hold);

    Optional<LegalHold> find(HoldId id);

    /** Every hold, newest first. */
    List<LegalHold> all();

    /** The holds not yet released. */
    List<LegalHold> active();

    /**
     * Releases the hold if it is still active, atomically: of two concurrent releases exactly one wins.
     * Returns false when the hold is unknown or already released.
     */
    boolean release(HoldId id, Instant releasedAt);
}
