package ai.datafog.application.port.out;

import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes receipts in bounded batches, each its own short transaction, so concurrent inserts never
 * wait long. Deleting a batch again after a crash is harmless: it only ever deletes what still matches.
 */
public interface ReceiptPurgeTarget {

    /** The tenants (empty = receipts without a tenant) with at least one receipt created before {@code before}. */
    List<Optional<String>> tenantsWithReceiptsBefore(Instant before);

    /**
     * Deletes up to {@code batchSize} receipts of any of {@code tenantIds}, oldest first, created at or
     * after {@code from} and before {@code cutoff}, and not protected by {@code protect} (which the
     * tenants share). Oldest-first across tenants empties the table's oldest pages in one pass, and
     * {@code from} (the newest time of the previous batch) lets each batch skip what is already gone.
     */
    ExpiredBatch deleteExpiredBatch(Set<Optional<String>> tenantIds, Instant cutoff, HoldCoverage protect, Instant from,
                                    int batchSize);

    /** What one batch deleted: counts per tenant, and the creation time of the newest receipt deleted. */
    record ExpiredBatch(Map<Optional<String>, Integer> deletedByTenant, Optional<Instant> newestDeleted) {

        public ExpiredBatch {
            deletedByTenant = Map.copyOf(deletedByTenant);
        }

        public int total() {
            return deletedByTenant.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** How many of the tenant's receipts a purge would delete in all (a dry run). */
    long countExpired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect);

    /** Deletes up to {@code batchSize} receipts in the erasure's scope. */
    int deleteSubjectBatch(ErasureScope scope, int batchSize);

    /** How many receipts in the erasure's scope belong to any of {@code actorIds}. */
    long countSubjectReceiptsOf(ErasureScope scope, Set<String> actorIds);
}
