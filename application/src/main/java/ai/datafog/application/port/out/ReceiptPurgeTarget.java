package ai.datafog.application.port.out;

import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes receipts in bounded batches, each its own short transaction, so concurrent inserts never
 * wait long. Deleting a batch again after a crash is harmless: it only ever deletes what still matches.
 */
public interface ReceiptPurgeTarget {

    /** The tenants (empty = receipts without a tenant) with at least one receipt created before {@code before}. */
    List<Optional<String>> tenantsWithReceiptsBefore(Instant before);

    /** Deletes up to {@code batchSize} of the tenant's receipts created before {@code cutoff} and not protected. */
    int deleteExpiredBatch(Optional<String> tenantId, Instant cutoff, HoldCoverage protect, int batchSize);

    /** How many receipts {@link #deleteExpiredBatch} would delete in all (a dry run). */
    long countExpired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect);

    /** Deletes up to {@code batchSize} receipts in the erasure's scope. */
    int deleteSubjectBatch(ErasureScope scope, int batchSize);

    /** How many receipts in the erasure's scope belong to any of {@code actorIds}. */
    long countSubjectReceiptsOf(ErasureScope scope, Set<String> actorIds);
}
