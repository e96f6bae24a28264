package ai.datafog.domain.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence of one purge or erasure (SPEC §9). It holds ids, counts, cutoffs and times only: no
 * personal data beyond the subject ids an erasure was asked for, and an error is a phase plus an
 * exception type, never a database message (which can quote row values).
 *
 * @param rowsDeleted receipts deleted; zero in a dry run, whose per-tenant counts are would-be deletions
 */
public record PurgeRecord(PurgeId id, PurgeKind kind, boolean dryRun, String trigger, Instant startedAt,
                          Optional<Instant> finishedAt, PurgeScope scope, List<TenantPurge> tenants,
                          long rowsDeleted, long idempotencyRecordsDeleted, long purgeRecordsDeleted,
                          PurgeStatus status, Optional<String> error) {

    public static final int MAX_TRIGGER_LENGTH = 300;

    public PurgeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trigger, "trigger");
        if (trigger.isBlank() || trigger.length() > MAX_TRIGGER_LENGTH) {
            throw new IllegalArgumentException("trigger must be 1.." + MAX_TRIGGER_LENGTH + " characters");
        }
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(scope, "scope");
        tenants = List.copyOf(tenants);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        if ((kind == PurgeKind.ERASURE) != (scope instanceof PurgeScope.Subject)) {
            throw new IllegalArgumentException("an erasure, and only an erasure, has a subject scope");
        }
        if (kind == PurgeKind.ERASURE && dryRun) {
            throw new IllegalArgumentException("an erasure cannot be a dry run");
        }
        if (status.isFinished() != finishedAt.isPresent()) {
            throw new IllegalArgumentException("a finished purge, and only a finished one, has a finish time");
        }
        if (rowsDeleted < 0 || idempotencyRecordsDeleted < 0 || purgeRecordsDeleted < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (dryRun && (rowsDeleted > 0 || idempotencyRecordsDeleted > 0 || purgeRecordsDeleted > 0)) {
            throw new IllegalArgumentException("a dry run deletes nothing");
        }
    }

    /** A retention purge that has just started. */
    public static PurgeRecord startPurge(PurgeKind kind, boolean dryRun, String trigger, Instant now) {
        if (kind == PurgeKind.ERASURE) {
            throw new IllegalArgumentException("use startErasure for an erasure");
        }
        return new PurgeRecord(PurgeId.random(), kind, dryRun, trigger, now, Optional.empty(),
                PurgeScope.allTenants(), List.of(), 0, 0, 0, PurgeStatus.RUNNING, Optional.empty());
    }

    /** An erasure that has just started. */
    public static PurgeRecord startErasure(ErasureScope scope, String trigger, Instant now) {
        return new PurgeRecord(PurgeId.random(), PurgeKind.ERASURE, false, trigger, now, Optional.empty(),
                new PurgeScope.Subject(scope), List.of(), 0, 0, 0, PurgeStatus.RUNNING, Optional.empty());
    }

    /** This record with one tenant's entry added or replaced (matched by tenant id). */
    public PurgeRecord withTenant(TenantPurge tenant) {
        List<TenantPurge> updated = new ArrayList<>(tenants);
        updated.removeIf(existing -> existing.tenantId().equals(tenant.tenantId()));
        updated.add(tenant);
        long receipts = dryRun ? 0 : updated.stream().mapToLong(TenantPurge::receipts).sum();
        return new PurgeRecord(id, kind, dryRun, trigger, startedAt, finishedAt, scope, updated,
                receipts, idempotencyRecordsDeleted, purgeRecordsDeleted, status, error);
    }

    public PurgeRecord withRowsDeleted(long receipts) {
        return new PurgeRecord(id, kind, dryRun, trigger, startedAt, finishedAt, scope, tenants,
                receipts, idempotencyRecordsDeleted, purgeRecordsDeleted, status, error);
    }

    public PurgeRecord withIdempotencyRecordsDeleted(long count) {
        return new PurgeRecord(id, kind, dryRun, trigger, startedAt, finishedAt, scope, tenants,
                rowsDeleted, count, purgeRecordsDeleted, status, error);
    }

    public PurgeRecord withPurgeRecordsDeleted(long count) {
        return new PurgeRecord(id, kind, dryRun, trigger, startedAt, finishedAt, scope, tenants,
                rowsDeleted, idempotencyRecordsDeleted, count, status, error);
    }

    /** This record, finished with {@code outcome} at {@code now}. */
    public PurgeRecord finish(PurgeStatus outcome, Instant now, Optional<String> failure) {
        if (!outcome.isFinished()) {
            throw new IllegalArgumentException("finish needs a final status");
        }
        if (status.isFinished()) {
            throw new IllegalStateException("purge " + id + " is already finished");
        }
        Instant end = now.isBefore(startedAt) ? startedAt : now;
        return new PurgeRecord(id, kind, dryRun, trigger, startedAt, Optional.of(end), scope, tenants,
                rowsDeleted, idempotencyRecordsDeleted, purgeRecordsDeleted, outcome, failure);
    }
}
