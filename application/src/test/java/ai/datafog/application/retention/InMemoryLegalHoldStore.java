package ai.datafog.application.retention;

import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldQuery;
import ai.datafog.domain.retention.LegalHold;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link LegalHoldStore} for tests. */
public final class InMemoryLegalHoldStore implements LegalHoldStore {

    private final Map<HoldId, LegalHold> holds = new LinkedHashMap<>();

    @Override
    public synchronized void add(LegalHold hold) {
        holds.put(hold.id(), hold);
    }

    @Override
    public synchronized Optional<LegalHold> find(HoldId id) {
        return Optional.ofNullable(holds.get(id));
    }

    @Override
    public synchronized List<LegalHold> list(HoldQuery query, Optional<LegalHold> after, int rows) {
        return holds.values().stream()
                .filter(query::matches)
                .filter(hold -> after.map(position -> HoldQuery.NEWEST_FIRST.compare(hold, position) > 0).orElse(true))
                .sorted(HoldQuery.NEWEST_FIRST)
                .limit(rows)
                .toList();
    }

    @Override
    public synchronized List<LegalHold> active() {
        return holds.values().stream().filter(LegalHold::isActive).sorted(HoldQuery.NEWEST_FIRST).toList();
    }

    @Override
    public synchronized boolean release(HoldId id, Instant releasedAt) {
        LegalHold hold = holds.get(id);
        if (hold == null || !hold.isActive()) {
            return false;
        }
        holds.put(id, hold.releasedAt(releasedAt));
        return true;
    }
}
