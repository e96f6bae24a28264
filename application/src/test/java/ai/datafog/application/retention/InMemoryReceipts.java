package ai.datafog.application.retention;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Receipts held in memory, as a {@link ReceiptPurgeTarget} for service tests; counts its batches. Given a
 * gate, it refuses a batch delete made outside it, and drops a partition under it, as the SQL target does.
 */
public class InMemoryReceipts implements ReceiptPurgeTarget {

    /** The columns a purge looks at. */
    public record Row(UUID id, Optional<String> tenantId, Optional<String> actorId, Optional<String> sessionId,
                      Instant createdAt) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Partition> partitions = new ArrayList<>();
    private final List<Instant> partitionsCreatedAt = new ArrayList<>();
    private int deleteBatches;
    private InMemoryRetentionRulesGate gate;

    /** From now on, batch deletes must run behind {@code rulesGate}. */
    public InMemoryReceipts gatedBy(InMemoryRetentionRulesGate rulesGate) {
        this.gate = rulesGate;
        return this;
    }

    private void requireGate() {
        if (gate != null && !gate.heldByCurrentThread()) {
            throw new IllegalStateException("a batch delete ran outside the retention rules gate");
        }
    }

    /** Declares {@code [start, end)} a partition that a purge may drop whole (as PostgreSQL's monthly ones). */
    public synchronized Partition partition(Instant start, Instant end) {
        Partition partition = new Partition("p" + partitions.size(), start, end);
        partitions.add(partition);
        return partition;
    }

    public synchronized List<Partition> partitions() {
        return List.copyOf(partitions);
    }

    /** The {@code now} of every call to {@link #createUpcomingPartitions}. */
    public synchronized List<Instant> partitionsCreatedAt() {
        return List.copyOf(partitionsCreatedAt);
    }

    @Override
    public synchronized List<Partition> partitionsEndingBy(Instant endBy) {
        return partitions.stream().filter(p -> !p.end().isAfter(endBy)).sorted(Comparator.comparing(Partition::end))
                .toList();
    }

    @Override
    public Optional<Map<Optional<String>, Long>> dropPartitionIfExpired(Partition partition,
                                                                       Supplier<Function<Optional<String>, TenantRule>> rules) {
        return gate == null ? drop(partition, rules) : gate.whileRulesSettled(() -> drop(partition, rules));
    }

    private synchronized Optional<Map<Optional<String>, Long>> drop(Partition partition,
                                                                    Supplier<Function<Optional<String>, TenantRule>> rules) {
        Function<Optional<String>, TenantRule> ruleOf = rules.get();
        List<Row> inside = rows.stream()
                .filter(r -> !r.createdAt().isBefore(partition.start()) && r.createdAt().isBefore(partition.end())).toList();
        for (Row row : inside) {
            TenantRule rule = ruleOf.apply(row.tenantId());
            if (!rule.expiresWhole(partition) || rule.protect().protects(row.actorId())) {
                return Optional.empty();
            }
        }
        rows.removeAll(inside);
        partitions.remove(partition);
        Map<Optional<String>, Long> counts = new HashMap<>();
        inside.forEach(r -> counts.merge(r.tenantId(), 1L, Long::sum));
        return Optional.of(counts);
    }

    @Override
    public synchronized void createUpcomingPartitions(Instant now) {
        partitionsCreatedAt.add(now);
    }

    public synchronized Row add(String tenantId, String actorId, String sessionId, Instant createdAt) {
        Row row = new Row(UUID.randomUUID(), Optional.ofNullable(tenantId), Optional.ofNullable(actorId),
                Optional.ofNullable(sessionId), createdAt);
        rows.add(row);
        return row;
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized int deleteBatches() {
        return deleteBatches;
    }

    @Override
    public synchronized List<Optional<String>> tenantsWithReceiptsBefore(Instant before) {
        return rows.stream().filter(r -> r.createdAt().isBefore(before)).map(Row::tenantId).distinct()
                .sorted(Comparator.comparing(t -> t.orElse(""))).toList();
    }

    @Override
    public synchronized ExpiredBatch deleteExpiredBatch(Set<Optional<String>> tenantIds, Instant cutoff,
                                                        HoldCoverage protect, Instant from, int batchSize) {
        requireGate();
        deleteBatches++;
        List<Row> batch = rows.stream()
                .filter(r -> tenantIds.contains(r.tenantId()) && !r.createdAt().isBefore(from))
                .filter(r -> r.createdAt().isBefore(cutoff) && !protect.protects(r.actorId()))
                .sorted(Comparator.comparing(Row::createdAt)).limit(batchSize).toList();
        rows.removeAll(batch);
        Map<Optional<String>, Integer> counts = new HashMap<>();
        batch.forEach(r -> counts.merge(r.tenantId(), 1, Integer::sum));
        return new ExpiredBatch(counts, batch.stream().map(Row::createdAt).max(Comparator.naturalOrder()), batch.size());
    }

    @Override
    public synchronized long countExpired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect) {
        return rows.stream().filter(expired(tenantId, cutoff, protect)).count();
    }

    @Override
    public synchronized int deleteSubjectBatch(ErasureScope scope, int batchSize) {
        requireGate();
        deleteBatches++;
        return delete(r -> scope.includes(r.tenantId(), r.actorId(), r.sessionId()), batchSize);
    }

    @Override
    public synchronized long countSubjectReceiptsOf(ErasureScope scope, Set<String> actorIds) {
        return rows.stream().filter(r -> scope.includes(r.tenantId(), r.actorId(), r.sessionId()))
                .filter(r -> r.actorId().map(actorIds::contains).orElse(false)).count();
    }

    private static Predicate<Row> expired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect) {
        return r -> r.tenantId().equals(tenantId) && r.createdAt().isBefore(cutoff) && !protect.protects(r.actorId());
    }

    private int delete(Predicate<Row> matching, int batchSize) {
        List<Row> batch = rows.stream().filter(matching).limit(batchSize).toList();
        rows.removeAll(batch);
        return batch.size();
    }
}
