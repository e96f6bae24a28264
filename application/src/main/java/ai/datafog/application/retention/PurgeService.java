package ai.datafog.application.retention;

import ai.datafog.application.port.in.PurgeReceiptsUseCase;
import ai.datafog.application.port.out.IdempotencyRecordPurge;
import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.application.port.out.PurgeLease;
import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.application.port.out.ReceiptPurgeTarget.ExpiredBatch;
import ai.datafog.application.port.out.ReceiptPurgeTarget.Partition;
import ai.datafog.application.port.out.ReceiptPurgeTarget.TenantRule;
import ai.datafog.domain.retention.HoldCoverage;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;
import ai.datafog.domain.retention.RetentionSchedule;
import ai.datafog.domain.retention.TenantPurge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a retention purge under the shared lease: per tenant, expired and unprotected receipts go in
 * short batches; then expired idempotency records and expired purge records. The lease is renewed
 * after every batch; a purge that loses it, or is asked to stop, ends {@code interrupted}, and the
 * next purge picks up where it stopped because it simply deletes whatever is still expired.
 */
public final class PurgeService implements PurgeReceiptsUseCase {

    private static final System.Logger LOG = System.getLogger(PurgeService.class.getName());
    private static final int PROGRESS_EVERY_BATCHES = 20;

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
        Map<Optional<String>, TenantPurge> parts = new LinkedHashMap<>();
        if (!run.record.dryRun()) {
            run.phase = "creating partitions";
            receipts.createUpcomingPartitions(now);
            dropExpiredPartitions(run, schedule, now, parts);
        }
        run.phase = "listing tenants";
        List<Optional<String>> tenants = receipts.tenantsWithReceiptsBefore(schedule.latestCutoff(now));
        run.phase = "reading legal holds";
        List<LegalHold> active = holds.active();
        for (Optional<String> tenant : tenants) {
            parts.putIfAbsent(tenant, start(schedule, now, tenant, active));
        }
        run.phase = "deleting receipts";
        if (run.record.dryRun()) {
            for (TenantPurge part : parts.values()) {
                HoldCoverage coverage = HoldCoverage.of(part.tenantId(), active);
                long expired = coverage.wholeTenant() ? 0 : receipts.countExpired(part.tenantId(), part.cutoff(), coverage);
                run.record = run.record.withTenant(part.plusReceipts(expired));
                keepLease();
            }
            return;
        }
        parts.values().forEach(part -> run.record = run.record.withTenant(part));
        Deque<Group> work = new ArrayDeque<>(groups(tenants.stream().map(parts::get).toList(), active));
        while (!work.isEmpty()) {
            purgeGroup(run, work.removeFirst(), parts, work);
            records.save(run.record);
        }
    }

    private static TenantPurge start(RetentionSchedule schedule, Instant now, Optional<String> tenant,
                                     List<LegalHold> active) {
        return TenantPurge.start(tenant, schedule.retentionFor(tenant), schedule.cutoffFor(tenant, now),
                HoldCoverage.of(tenant, active));
    }

    /**
     * Drops the partitions whose receipts are all expired and unprotected, each in one short transaction,
     * before anything else reads the expired receipts: dropping writes almost nothing, deleting rewrites
     * every page. Holds are read again for each partition, so one placed since the purge began keeps
     * what it covers. Tenants met here join the record with what was dropped of theirs.
     */
    private void dropExpiredPartitions(Run run, RetentionSchedule schedule, Instant now,
                                       Map<Optional<String>, TenantPurge> parts) {
        run.phase = "dropping expired partitions";
        for (Partition partition : receipts.partitionsEndingBy(schedule.latestCutoff(now))) {
            List<LegalHold> active = holds.active();
            receipts.dropPartitionIfExpired(partition,
                    tenant -> new TenantRule(schedule.cutoffFor(tenant, now), HoldCoverage.of(tenant, active))
            ).ifPresent(dropped -> {
                dropped.forEach((tenant, count) -> {
                    TenantPurge part = parts.getOrDefault(tenant, start(schedule, now, tenant, active)).plusReceipts(count);
                    parts.put(tenant, part);
                    run.record = run.record.withTenant(part);
                });
                LOG.log(System.Logger.Level.INFO, "purge {0}: dropped partition {1} ({2} receipts)", run.record.id(),
                        partition.name(), dropped.values().stream().mapToLong(Long::longValue).sum());
                records.save(run.record);
            });
            keepLease();
        }
    }

    /**
     * Tenants that share a cutoff and have no hold are purged together, oldest receipts first; a tenant
     * with actor holds is purged alone with its own protection; a tenant-wide hold skips the tenant.
     */
    private static List<Group> groups(Collection<TenantPurge> parts, List<LegalHold> active) {
        Map<Instant, Set<Optional<String>>> unheld = new TreeMap<>();
        List<Group> groups = new ArrayList<>();
        for (TenantPurge part : parts) {
            HoldCoverage coverage = HoldCoverage.of(part.tenantId(), active);
            if (coverage.protectsNothing()) {
                unheld.computeIfAbsent(part.cutoff(), c -> new LinkedHashSet<>()).add(part.tenantId());
            } else if (!coverage.wholeTenant()) {
                groups.add(new Group(new LinkedHashSet<>(Set.of(part.tenantId())), part.cutoff(), coverage));
            }
        }
        unheld.forEach((cutoff, tenants) -> groups.add(new Group(tenants, cutoff, HoldCoverage.NONE)));
        return groups;
    }

    private void purgeGroup(Run run, Group group, Map<Optional<String>, TenantPurge> parts, Deque<Group> work) {
        Instant from = Instant.EPOCH;
        int deleted = settings.batchSize();
        int batches = 0;
        while (deleted == settings.batchSize() && !group.tenants.isEmpty()) {
            ExpiredBatch batch = receipts.deleteExpiredBatch(Set.copyOf(group.tenants), group.cutoff, group.protect,
                    from, settings.batchSize());
            batch.deletedByTenant().forEach((tenant, count) -> {
                TenantPurge part = parts.get(tenant).plusReceipts(count);
                parts.put(tenant, part);
                run.record = run.record.withTenant(part);
            });
            deleted = batch.total();
            from = batch.newestDeleted().orElse(from);
            keepLease();
            honourNewHolds(group, work);
            if (++batches % PROGRESS_EVERY_BATCHES == 0) {
                records.save(run.record);
            }
        }
    }

    /** A hold placed while a purge runs takes effect at the next batch: the tenant leaves its group. */
    private void honourNewHolds(Group group, Deque<Group> work) {
        List<LegalHold> active = holds.active();
        for (Optional<String> tenant : List.copyOf(group.tenants)) {
            HoldCoverage now = HoldCoverage.of(tenant, active);
            if (now.equals(group.protect)) {
                continue;
            }
            group.tenants.remove(tenant);
            if (!now.wholeTenant()) {
                work.addLast(new Group(new LinkedHashSet<>(Set.of(tenant)), group.cutoff, now));
            }
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

    /** Tenants purged together: one cutoff, one protection. */
    private record Group(Set<Optional<String>> tenants, Instant cutoff, HoldCoverage protect) {
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
