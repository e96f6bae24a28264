package ai.datafog.application.retention;

import ai.datafog.application.port.in.PurgeReceiptsUseCase;
import ai.datafog.application.port.out.IdempotencyRecordPurge;
import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.application.port.out.PurgeLease;
import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.application.port.out.RetentionRulesGate;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a retention purge under the shared lease: per tenant, expired and unprotected receipts go in
 * short batches; then expired idempotency records and expired purge records. Each batch, and each
 * partition dropped whole, reads the retention rules (policies and holds) afresh behind the
 * {@link RetentionRulesGate}, so a hold or policy change acknowledged while the purge runs is honoured
 * from the next batch on, whichever tenant it concerns. The lease is renewed after every batch; a purge
 * that loses it, or is asked to stop, ends {@code interrupted}, and the next purge picks up where it
 * stopped because it simply deletes whatever is still expired. One replica runs one purge at a time.
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
    private final RetentionRulesGate gate;
    private final PurgeSettings settings;
    private final Clock clock;
    /** The lease is per replica (its owner name); this keeps a replica's own purges from overlapping. */
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    public PurgeService(RetentionPolicyStore policies, LegalHoldStore holds, PurgeRecordStore records,
                        ReceiptPurgeTarget receipts, IdempotencyRecordPurge idempotency, PurgeLease lease,
                        RetentionRulesGate gate, PurgeSettings settings, Clock clock) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.records = Objects.requireNonNull(records, "records");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PurgeOutcome purge(PurgeCommand command) {
        if (stopping || !running.compareAndSet(false, true)) {
            return new PurgeOutcome.AlreadyRunning();
        }
        try {
            if (!lease.tryAcquire(settings.owner(), settings.leaseDuration())) {
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
        } finally {
            running.set(false);
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
        run.phase = "reading retention rules";
        Rules rules = currentRules();
        Map<Optional<String>, TenantPurge> parts = new LinkedHashMap<>();
        if (!run.record.dryRun()) {
            run.phase = "creating partitions";
            receipts.createUpcomingPartitions(now);
            dropExpiredPartitions(run, rules.schedule().latestCutoff(now), now, parts);
            run.phase = "reading retention rules";
            rules = currentRules();
        }
        run.phase = "listing tenants";
        List<Optional<String>> tenants = receipts.tenantsWithReceiptsBefore(rules.schedule().latestCutoff(now));
        for (Optional<String> tenant : tenants) {
            parts.putIfAbsent(tenant, rules.start(tenant, now));
        }
        run.phase = "deleting receipts";
        if (run.record.dryRun()) {
            for (TenantPurge part : parts.values()) {
                HoldCoverage coverage = rules.coverage(part.tenantId());
                long expired = coverage.wholeTenant() ? 0 : receipts.countExpired(part.tenantId(), part.cutoff(), coverage);
                run.record = run.record.withTenant(part.plusReceipts(expired));
                keepLease();
            }
            return;
        }
        parts.values().forEach(part -> run.record = run.record.withTenant(part));
        Deque<Group> work = new ArrayDeque<>(groups(tenants.stream().map(parts::get).toList(), rules));
        while (!work.isEmpty()) {
            purgeGroup(run, work.removeFirst(), parts, work, now);
            records.save(run.record);
        }
    }

    private Rules currentRules() {
        return new Rules(new RetentionSchedule(settings.defaultRetention(), policies.all()), holds.active());
    }

    /**
     * Drops the partitions whose receipts are all expired and unprotected, each in one short transaction,
     * before anything else reads the expired receipts: dropping writes almost nothing, deleting rewrites
     * every page. The rules are read for each partition once it is counted, with changes to them held
     * back until it is emptied, so a hold placed since the purge began keeps what it covers. Tenants met
     * here join the record with what was dropped of theirs.
     */
    private void dropExpiredPartitions(Run run, Instant latestCutoff, Instant now,
                                       Map<Optional<String>, TenantPurge> parts) {
        run.phase = "dropping expired partitions";
        for (Partition partition : receipts.partitionsEndingBy(latestCutoff)) {
            Rules[] applied = new Rules[1];
            receipts.dropPartitionIfExpired(partition, () -> {
                applied[0] = currentRules();
                return tenant -> applied[0].rule(tenant, now);
            }).ifPresent(dropped -> {
                dropped.forEach((tenant, count) -> {
                    TenantPurge part = parts.getOrDefault(tenant, applied[0].start(tenant, now)).plusReceipts(count);
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
    private static List<Group> groups(Collection<TenantPurge> parts, Rules rules) {
        Map<Instant, Set<Optional<String>>> unheld = new TreeMap<>();
        List<Group> groups = new ArrayList<>();
        for (TenantPurge part : parts) {
            HoldCoverage coverage = rules.coverage(part.tenantId());
            if (coverage.protectsNothing()) {
                unheld.computeIfAbsent(part.cutoff(), c -> new LinkedHashSet<>()).add(part.tenantId());
            } else if (!coverage.wholeTenant()) {
                groups.add(new Group(new LinkedHashSet<>(Set.of(part.tenantId())), part.cutoff(), coverage));
            }
        }
        unheld.forEach((cutoff, tenants) -> groups.add(new Group(tenants, cutoff, HoldCoverage.NONE)));
        return groups;
    }

    private void purgeGroup(Run run, Group group, Map<Optional<String>, TenantPurge> parts, Deque<Group> work,
                            Instant now) {
        Instant from = Instant.EPOCH;
        int found = settings.batchSize();
        int batches = 0;
        while (found == settings.batchSize() && !group.tenants.isEmpty()) {
            Instant batchFrom = from;
            ExpiredBatch batch = gate.whileRulesSettled(() -> {
                honourRuleChanges(run, group, parts, work, now);
                return group.tenants.isEmpty() ? ExpiredBatch.NONE : receipts.deleteExpiredBatch(
                        Set.copyOf(group.tenants), group.cutoff, group.protect, batchFrom, settings.batchSize());
            });
            batch.deletedByTenant().forEach((tenant, count) -> {
                TenantPurge part = parts.get(tenant).plusReceipts(count);
                parts.put(tenant, part);
                run.record = run.record.withTenant(part);
            });
            found = batch.found();
            from = batch.newestDeleted().orElse(from);
            keepLease();
            if (++batches % PROGRESS_EVERY_BATCHES == 0) {
                records.save(run.record);
            }
        }
    }

    /**
     * Before each batch, with the rules settled: a tenant whose cutoff or protection changed since its
     * group was formed (a policy set or removed, a hold placed or released) leaves the group, goes on
     * alone under its new rule unless a tenant-wide hold now covers it, and its part of the record shows
     * the new rule.
     */
    private void honourRuleChanges(Run run, Group group, Map<Optional<String>, TenantPurge> parts, Deque<Group> work,
                                   Instant now) {
        Rules rules = currentRules();
        for (Optional<String> tenant : List.copyOf(group.tenants)) {
            TenantRule rule = rules.rule(tenant, now);
            if (rule.cutoff().equals(group.cutoff) && rule.protect().equals(group.protect)) {
                continue;
            }
            group.tenants.remove(tenant);
            TenantPurge part = parts.get(tenant).under(rules.schedule().retentionFor(tenant), rule.cutoff(), rule.protect());
            parts.put(tenant, part);
            run.record = run.record.withTenant(part);
            if (!rule.protect().wholeTenant()) {
                work.addLast(new Group(new LinkedHashSet<>(Set.of(tenant)), rule.cutoff(), rule.protect()));
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

    /** The retention rules as read at one moment: policies over the default, and the active holds. */
    private record Rules(RetentionSchedule schedule, List<LegalHold> active) {

        HoldCoverage coverage(Optional<String> tenant) {
            return HoldCoverage.of(tenant, active);
        }

        /** The tenant's rule at {@code now}: its cutoff and what its holds protect. */
        TenantRule rule(Optional<String> tenant, Instant now) {
            return new TenantRule(schedule.cutoffFor(tenant, now), coverage(tenant));
        }

        TenantPurge start(Optional<String> tenant, Instant now) {
            TenantRule rule = rule(tenant, now);
            return TenantPurge.start(tenant, schedule.retentionFor(tenant), rule.cutoff(), rule.protect());
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
