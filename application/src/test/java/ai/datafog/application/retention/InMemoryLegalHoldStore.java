package ai.datafog.application.retention;

import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.LegalHold;

import java.time.Instant;
import java.util.Comparator;
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
    public synchronized List<LegalHold> all() {
        return holds.values().stream()
                .sorted(Comparator.comparing(LegalHold::createdAt).reversed().thenComparing(h -> h.id().value()))
                .toList();
    }

    @Override
    public synchronized List<LegalHold> active() {
        return all().stream().filter(LegalHold::isActive).toList();
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
