package ai.datafog.application.retention;

import ai.datafog.application.port.in.PurgeReceiptsUseCase;
import ai.datafog.application.port.out.IdempotencyRecordPurge;
import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.application.port.out.PurgeLease;
import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.domain.retention.HoldCoverage;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;
import ai.datafog.domain.retention.RetentionSchedule;
import ai.datafog.domain.retention.TenantPurge;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a retention purge under the shared lease: per tenant, expired and unprotected receipts go in
 * short batches; then expired idempotency records and expired purge records. The lease is renewed
 * after every batch; a purge that loses it, or is asked to stop, ends {@code interrupted}, and the
 * next purge picks up where it stopped because it simply deletes whatever is still expired.
 */
public final class PurgeService implements PurgeReceiptsUseCase {

    private static final System.Logger LOG = System.getLogger(PurgeService.class.getName());

    private final RetentionPolicyStore policies;
    private final LegalHoldStore holds;
    private final PurgeRecordStore records;
    private final ReceiptPurgeTarget receipts;
    private final IdempotencyRecordPurge idempotency;
    private final PurgeLease lease;
    private final PurgeSettings settings;
    private final Clock clock;
    private volatile boolean stopping;

    public PurgeService(RetentionPolicyStore policies, LegalHoldStore holds, PurgeRecordStore records,
                        ReceiptPurgeTarget receipts, IdempotencyRecordPurge idempotency, PurgeLease lease,
                        PurgeSettings settings, Clock clock) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.records = Objects.requireNonNull(records, "records");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PurgeOutcome purge(PurgeCommand command) {
        if (stopping || !lease.tryAcquire(settings.owner(), settings.leaseDuration())) {
            return new PurgeOutcome.AlreadyRunning();
        }
        try {
            return new PurgeOutcome.Ran(runHoldingLease(command));
        } finally {
            try {
                lease.release(settings.owner());
            } catch (RuntimeException unreleased) {
                LOG.log(System.Logger.Level.WARNING, "purge lease not released ({0}); it expires by itself",
                        unreleased.getClass().getSimpleName());
            }
        }
    }

    /** Makes a running purge stop after its current batch (service shutdown); later purges are refused. */
    public void stop() {
        stopping = true;
    }

    private PurgeRecord runHoldingLease(PurgeCommand command) {
        Instant now = Instants.now(clock);
        int interrupted = records.markRunningPurgesInterrupted(now);
        if (interrupted > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} purge(s) left running by a stopped runner marked interrupted",
                    interrupted);
        }
        Run run = new Run(PurgeRecord.startPurge(command.kind(), command.dryRun(), command.trigger(), now));
        records.save(run.record);
        try {
            purgeReceipts(run, now);
            if (!command.dryRun()) {
                purgeIdempotencyRecords(run, now);
                purgeOldPurgeRecords(run, now);
            }
            run.finish(PurgeStatus.SUCCEEDED, Optional.empty());
        } catch (Stopped stopped) {
            run.finish(PurgeStatus.INTERRUPTED, Optional.of(stopped.getMessage()));
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.ERROR, "purge {0} failed while {1}: {2}", run.record.id(), run.phase,
                    failure.getClass().getName());
            run.finish(PurgeStatus.FAILED, Optional.of("failed while " + run.phase + ": "
                    + failure.getClass().getSimpleName()));
        }
        saveOutcome(run.record);
        return run.record;
    }

    private void purgeReceipts(Run run, Instant now) {
        run.phase = "reading retention policies";
        RetentionSchedule schedule = new RetentionSchedule(settings.defaultRetention(), policies.all());
        run.phase = "listing tenants";
        for (Optional<String> tenant : receipts.tenantsWithReceiptsBefore(schedule.latestCutoff(now))) {
            Instant cutoff = schedule.cutoffFor(tenant, now);
            run.phase = "reading legal holds";
            HoldCoverage coverage = HoldCoverage.of(tenant, holds.active());
            TenantPurge part = TenantPurge.start(tenant, schedule.retentionFor(tenant), cutoff, coverage);
            run.phase = "deleting receipts";
            if (run.record.dryRun()) {
                long expired = coverage.wholeTenant() ? 0 : receipts.countExpired(tenant, cutoff, coverage);
                run.record = run.record.withTenant(part.plusReceipts(expired));
                keepLease();
                continue;
            }
            int deleted = settings.batchSize();
            while (deleted == settings.batchSize() && !coverage.wholeTenant()) {
                deleted = receipts.deleteExpiredBatch(tenant, cutoff, coverage, settings.batchSize());
                part = part.plusReceipts(deleted);
                run.record = run.record.withTenant(part);
                keepLease();
                coverage = HoldCoverage.of(tenant, holds.active());
            }
            run.record = run.record.withTenant(part);
            records.save(run.record);
        }
    }

    private void purgeIdempotencyRecords(Run run, Instant now) {
        run.phase = "deleting idempotency records";
        Instant cutoff = now.minus(settings.idempotencyTtl());
        long total = 0;
        int deleted = settings.batchSize();
        while (deleted == settings.batchSize()) {
            deleted = idempotency.deleteExpiredIdempotencyRecords(cutoff, settings.batchSize());
            total += deleted;
            run.record = run.record.withIdempotencyRecordsDeleted(total);
            keepLease();
        }
    }

    private void purgeOldPurgeRecords(Run run, Instant now) {
        run.phase = "deleting expired purge records";
        Instant cutoff = now.minus(settings.purgeRecordRetention());
        long total = 0;
        int deleted = settings.batchSize();
        while (deleted == settings.batchSize()) {
            deleted = records.deleteFinishedBefore(cutoff, settings.batchSize());
            total += deleted;
            run.record = run.record.withPurgeRecordsDeleted(total);
            keepLease();
        }
    }

    private void keepLease() {
        if (stopping) {
            throw new Stopped("stopped by service shutdown");
        }
        if (!lease.renew(settings.owner(), settings.leaseDuration())) {
            throw new Stopped("lease lost to another runner");
        }
    }

    private void saveOutcome(PurgeRecord record) {
        try {
            records.save(record);
        } catch (RuntimeException unsaved) {
            LOG.log(System.Logger.Level.ERROR, "purge {0} ended {1} but its record could not be saved ({2});"
                    + " the next purge marks it interrupted", record.id(), record.status().wireName(),
                    unsaved.getClass().getSimpleName());
        }
    }

    private final class Run {
        private PurgeRecord record;
        private String phase = "starting";

        private Run(PurgeRecord record) {
            this.record = record;
        }

        private void finish(PurgeStatus status, Optional<String> error) {
            record = record.finish(status, Instants.now(clock), error);
        }
    }

    private static final class Stopped extends RuntimeException {
        private Stopped(String reason) {
            super(reason, null, false, false);
        }
    }
}
