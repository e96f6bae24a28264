package ai.datafog.application.port.out;

import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * What one batch deleted: counts per tenant, and the creation time of the newest receipt deleted;
     * {@code found} is how many expired receipts it set out to delete, those another transaction
     * deleted first included, so a batch that found a full batch size is not mistaken for the last.
     */
    record ExpiredBatch(Map<Optional<String>, Integer> deletedByTenant, Optional<Instant> newestDeleted, int found) {

        /** A batch that deleted nothing. */
        public static final ExpiredBatch NONE = new ExpiredBatch(Map.of(), Optional.empty(), 0);

        public ExpiredBatch {
            deletedByTenant = Map.copyOf(deletedByTenant);
            if (found < deletedByTenant.values().stream().mapToInt(Integer::intValue).sum()) {
                throw new IllegalArgumentException("a batch cannot delete more receipts than it found");
            }
        }

        public int total() {
            return deletedByTenant.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Time partitions of the receipts that end at or before {@code endBy}, oldest first: ranges the
     * storage can drop whole (PostgreSQL, Flyway V40). None where receipts are one plain table (H2).
     */
    List<Partition> partitionsEndingBy(Instant endBy);

    /**
     * Drops {@code partition} with all its receipts in one short transaction, if every receipt in it is
     * expired and unprotected under its tenant's rule. {@code rules} is asked once, after the partition's
     * receipts are counted, at a point from which no change to the retention rules can commit until the
     * partition is emptied (as in {@link RetentionRulesGate}); it gives each tenant's rule. Returns how many
     * receipts of each tenant went, or empty when the partition stays (a receipt to keep, or the tables
     * too busy to lock briefly); batched deletes then handle what expired.
     */
    Optional<Map<Optional<String>, Long>> dropPartitionIfExpired(Partition partition,
                                                                 Supplier<Function<Optional<String>, TenantRule>> rules);

    /** Makes sure receipts created from {@code now} on, for the next months, land in droppable partitions. */
    void createUpcomingPartitions(Instant now);

    /** A time range {@code [start, end)} of receipts stored together, named by the storage. */
    record Partition(String name, Instant start, Instant end) {

        public Partition {
            Objects.requireNonNull(name, "name");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("partition start must be before its end");
            }
        }
    }

    /** One tenant's purge rule: receipts created before {@code cutoff} are expired unless {@code protect} covers them. */
    record TenantRule(Instant cutoff, HoldCoverage protect) {

        public TenantRule {
            Objects.requireNonNull(cutoff, "cutoff");
            Objects.requireNonNull(protect, "protect");
        }

        /** Whether every receipt of the tenant in {@code partition} is expired and none is protected by a whole-tenant hold. */
        public boolean expiresWhole(Partition partition) {
            return !partition.end().isAfter(cutoff) && !protect.wholeTenant();
        }
    }

    /** How many of the tenant's receipts a purge would delete in all (a dry run). */
    long countExpired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect);

    /**
     * Deletes up to {@code batchSize} receipts in the erasure's scope. Throws {@link Busy} when some of
     * the receipts stay locked (a month partition being counted to be dropped) for more than a moment.
     */
    int deleteSubjectBatch(ErasureScope scope, int batchSize);

    /** The receipts a delete needs are locked for now, by another purge step; nothing was deleted: try again shortly. */
    final class Busy extends RuntimeException {

        public Busy(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How many receipts in the erasure's scope belong to any of {@code actorIds}. */
    long countSubjectReceiptsOf(ErasureScope scope, Set<String> actorIds);
}
