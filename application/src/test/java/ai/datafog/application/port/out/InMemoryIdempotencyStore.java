package ai.datafog.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/** Idempotency records in memory, for tests; it passes the port's contract test. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

    @Override
    public boolean insertIfAbsent(IdempotencyRecord claim) {
        return records.putIfAbsent(claim.recordId(), claim) == null;
    }

    @Override
    public Optional<IdempotencyRecord> find(String recordId) {
        return Optional.ofNullable(records.get(recordId));
    }

    @Override
    public boolean replace(IdempotencyRecord expected, IdempotencyRecord claim) {
        AtomicBoolean replaced = new AtomicBoolean();
        records.computeIfPresent(claim.recordId(), (id, current) -> {
            if (!current.claimToken().equals(expected.claimToken()) || !current.createdAt().equals(expected.createdAt())) {
                return current;
            }
            replaced.set(true);
            return claim;
        });
        return replaced.get();
    }

    @Override
    public boolean complete(String recordId, String claimToken, StoredResponse response, Instant completedAt) {
        return changeOwnUnfinished(recordId, claimToken, current -> new IdempotencyRecord(recordId, current.endpoint(),
                current.requestFingerprint(), claimToken, current.createdAt(), Optional.of(response)));
    }

    @Override
    public boolean renew(String recordId, String claimToken, Instant renewedAt) {
        return changeOwnUnfinished(recordId, claimToken, current -> new IdempotencyRecord(recordId, current.endpoint(),
                current.requestFingerprint(), claimToken, renewedAt, Optional.empty()));
    }

    /** Applies {@code change} to the record if it still holds {@code claimToken} and no response; true when applied. */
    private boolean changeOwnUnfinished(String recordId, String claimToken, UnaryOperator<IdempotencyRecord> change) {
        AtomicBoolean changed = new AtomicBoolean();
        records.computeIfPresent(recordId, (id, current) -> {
            if (!current.claimToken().equals(claimToken) || current.response().isPresent()) {
                return current;
            }
            changed.set(true);
            return change.apply(current);
        });
        return changed.get();
    }

    @Override
    public void release(String recordId, String claimToken) {
        records.computeIfPresent(recordId, (id, current) ->
                current.claimToken().equals(claimToken) && current.response().isEmpty() ? null : current);
    }

    @Override
    public int deleteExpired(Instant cutoff, int batchSize) {
        int deleted = 0;
        for (IdempotencyRecord record : records.values()) {
            if (deleted == batchSize) {
                break;
            }
            if (record.createdAt().isBefore(cutoff) && records.remove(record.recordId(), record)) {
                deleted++;
            }
        }
        return deleted;
    }

    public List<IdempotencyRecord> all() {
        return List.copyOf(records.values());
    }

    public int size() {
        return records.size();
    }
}
