package ai.datafog.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

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
    public boolean replace(String expectedClaimToken, IdempotencyRecord claim) {
        AtomicBoolean replaced = new AtomicBoolean();
        records.computeIfPresent(claim.recordId(), (id, current) -> {
            if (!current.claimToken().equals(expectedClaimToken)) {
                return current;
            }
            replaced.set(true);
            return claim;
        });
        return replaced.get();
    }

    @Override
    public boolean complete(String recordId, String claimToken, StoredResponse response, Instant completedAt) {
        AtomicBoolean completed = new AtomicBoolean();
        records.computeIfPresent(recordId, (id, current) -> {
            if (!current.claimToken().equals(claimToken) || current.response().isPresent()) {
                return current;
            }
            completed.set(true);
            return new IdempotencyRecord(id, current.endpoint(), current.requestFingerprint(), claimToken,
                    current.createdAt(), Optional.of(response));
        });
        return completed.get();
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
