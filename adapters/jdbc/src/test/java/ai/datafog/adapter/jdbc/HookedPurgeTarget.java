package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.IntConsumer;

/** A purge target that counts expiry batches and runs a hook (with the batch number) before each. */
final class HookedPurgeTarget implements ReceiptPurgeTarget {

    private final ReceiptPurgeTarget delegate;
    private final IntConsumer beforeBatch;
    private final AtomicInteger batches = new AtomicInteger();

    HookedPurgeTarget(ReceiptPurgeTarget delegate, IntConsumer beforeBatch) {
        this.delegate = delegate;
        this.beforeBatch = beforeBatch;
    }

    int batches() {
        return batches.get();
    }

    @Override
    public List<Optional<String>> tenantsWithReceiptsBefore(Instant before) {
        return delegate.tenantsWithReceiptsBefore(before);
    }

    @Override
    public ExpiredBatch deleteExpiredBatch(Set<Optional<String>> tenantIds, Instant cutoff, HoldCoverage protect,
                                           Instant from, int batchSize) {
        beforeBatch.accept(batches.incrementAndGet());
        return delegate.deleteExpiredBatch(tenantIds, cutoff, protect, from, batchSize);
    }

    @Override
    public List<Partition> partitionsEndingBy(Instant endBy) {
        return delegate.partitionsEndingBy(endBy);
    }

    @Override
    public Optional<Map<Optional<String>, Long>> dropPartitionIfExpired(Partition partition,
                                                                        Supplier<Function<Optional<String>, TenantRule>> rules) {
        return delegate.dropPartitionIfExpired(partition, rules);
    }

    @Override
    public void createUpcomingPartitions(Instant now) {
        delegate.createUpcomingPartitions(now);
    }

    @Override
    public long countExpired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect) {
        return delegate.countExpired(tenantId, cutoff, protect);
    }

    @Override
    public int deleteSubjectBatch(ErasureScope scope, int batchSize) {
        return delegate.deleteSubjectBatch(scope, batchSize);
    }

    @Override
    public long countSubjectReceiptsOf(ErasureScope scope, Set<String> actorIds) {
        return delegate.countSubjectReceiptsOf(scope, actorIds);
    }
}
