package ai.datafog.application.retention;

import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeCommand;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeOutcome;
import ai.datafog.application.port.out.IdempotencyRecordPurge;
import ai.datafog.application.port.out.ReceiptPurgeTarget.ExpiredBatch;
import ai.datafog.application.port.out.ReceiptPurgeTarget.Partition;
import ai.datafog.application.port.out.ReceiptPurgeTarget.TenantRule;
import ai.datafog.domain.retention.HoldCoverage;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeStatus;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;
import ai.datafog.domain.retention.TenantPurge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A purge deletes what its tenant's retention expired, spares what holds protect, and leaves evidence")
class PurgeServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryRetentionPolicyStore policies = new InMemoryRetentionPolicyStore();
    private final InMemoryLegalHoldStore holds = new InMemoryLegalHoldStore();
    private final InMemoryPurgeRecordStore records = new InMemoryPurgeRecordStore();
    private final InMemoryRetentionRulesGate gate = new InMemoryRetentionRulesGate();
    private final InMemoryReceipts receipts = new InMemoryReceipts().gatedBy(gate);
    private final InMemoryPurgeLease lease = new InMemoryPurgeLease(clock);
    private final AtomicReference<Instant> idempotencyCutoff = new AtomicReference<>();
    private final IdempotencyRecordPurge idempotency = (cutoff, batch) -> {
        idempotencyCutoff.set(cutoff);
        return 0;
    };

    private PurgeService service(String owner, int batchSize) {
        return service(owner, batchSize, receipts);
    }

    private PurgeService service(String owner, int batchSize, InMemoryReceipts target) {
        return new PurgeService(policies, holds, records, target, idempotency, lease, gate,
                new PurgeSettings(Retention.ofDays(90), batchSize, Duration.ofHours(24), Duration.ofDays(2557),
                        Duration.ofMinutes(2), owner), clock);
    }

    /** A target over {@link #receipts} that calls {@code hook} with each batch's tenants after the batch. */
    private InMemoryReceipts afterEachBatch(java.util.function.Consumer<Set<Optional<String>>> hook) {
        return overEachBatch((tenants, batch) -> {
            hook.accept(tenants);
            return batch;
        });
    }

    /** A target over {@link #receipts} whose batches answer what {@code hook} makes of each batch's tenants and result. */
    private InMemoryReceipts overEachBatch(java.util.function.BiFunction<Set<Optional<String>>, ExpiredBatch, ExpiredBatch> hook) {
        return new InMemoryReceipts() {
            @Override
            public List<Optional<String>> tenantsWithReceiptsBefore(Instant before) {
                return receipts.tenantsWithReceiptsBefore(before);
            }

            @Override
            public ExpiredBatch deleteExpiredBatch(Set<Optional<String>> t, Instant c, HoldCoverage p, Instant f, int b) {
                return hook.apply(t, receipts.deleteExpiredBatch(t, c, p, f, b));
            }
        };
    }

    private PurgeRecord run(PurgeService service, boolean dryRun) {
        PurgeOutcome outcome = service.purge(new PurgeCommand(PurgeKind.SCHEDULED, dryRun, "test"));
        assertThat(outcome).isInstanceOf(PurgeOutcome.Ran.class);
        return ((PurgeOutcome.Ran) outcome).record();
    }

    private Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    @DisplayName("expired receipts go, fresh ones stay, and each tenant's own retention is honoured")
    void perTenantRetention() {
        policies.put(new RetentionPolicy("short", Retention.ofDays(10), NOW));
        var shortOld = receipts.add("short", "a", null, daysAgo(11));
        var shortFresh = receipts.add("short", "a", null, daysAgo(9));
        var defaultOld = receipts.add("other", "a", null, daysAgo(91));
        var defaultFresh = receipts.add("other", "a", null, daysAgo(11));
        var noTenantOld = receipts.add(null, null, null, daysAgo(100));

        PurgeRecord record = run(service("a", 100), false);

        assertThat(receipts.rows()).containsExactlyInAnyOrder(shortFresh, defaultFresh);
        assertThat(receipts.rows()).doesNotContain(shortOld, defaultOld, noTenantOld);
        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(3);
        assertThat(record.tenants()).extracting(TenantPurge::tenantId)
                .containsExactlyInAnyOrder(Optional.of("short"), Optional.of("other"), Optional.empty());
        TenantPurge shortTenant = record.tenants().stream().filter(t -> t.tenantId().equals(Optional.of("short"))).findFirst().orElseThrow();
        assertThat(shortTenant.cutoff()).isEqualTo(daysAgo(10));
        assertThat(shortTenant.receipts()).isEqualTo(1);
        assertThat(records.find(record.id())).contains(record);
        assertThat(idempotencyCutoff.get()).isEqualTo(NOW.minus(Duration.ofHours(24)));
    }

    @Test
    @DisplayName("receipts under a tenant-wide or an actor hold are kept; released holds protect nothing")
    void holdsAreHonoured() {
        holds.add(LegalHold.place("held", Optional.empty(), "litigation", NOW));
        holds.add(LegalHold.place("acme", Optional.of("alice"), "subpoena", NOW));
        holds.add(LegalHold.place("acme", Optional.of("bob"), "old", NOW).releasedAt(NOW));
        var heldTenant = receipts.add("held", "x", null, daysAgo(200));
        var alice = receipts.add("acme", "alice", null, daysAgo(200));
        receipts.add("acme", "bob", null, daysAgo(200));
        receipts.add("acme", null, null, daysAgo(200));

        PurgeRecord record = run(service("a", 100), false);

        assertThat(receipts.rows()).containsExactlyInAnyOrder(heldTenant, alice);
        TenantPurge held = record.tenants().stream().filter(t -> t.tenantId().equals(Optional.of("held"))).findFirst().orElseThrow();
        assertThat(held.tenantHeld()).isTrue();
        assertThat(held.receipts()).isZero();
        TenantPurge acme = record.tenants().stream().filter(t -> t.tenantId().equals(Optional.of("acme"))).findFirst().orElseThrow();
        assertThat(acme.actorsHeld()).isEqualTo(1);
        assertThat(acme.receipts()).isEqualTo(2);
    }

    @Test
    @DisplayName("deletes run in batches of the configured size")
    void batches() {
        for (int i = 0; i < 25; i++) {
            receipts.add("acme", "a", null, daysAgo(100));
        }
        PurgeRecord record = run(service("a", 10), false);
        assertThat(record.rowsDeleted()).isEqualTo(25);
        assertThat(receipts.deleteBatches()).isEqualTo(3);
        assertThat(receipts.rows()).isEmpty();
    }

    @Test
    @DisplayName("a dry run reports per-tenant counts, deletes nothing, and is recorded")
    void dryRun() {
        receipts.add("acme", "a", null, daysAgo(100));
        receipts.add("acme", "a", null, daysAgo(100));
        receipts.add("acme", "a", null, daysAgo(1));

        PurgeRecord record = run(service("a", 10), true);

        assertThat(receipts.rows()).hasSize(3);
        assertThat(record.dryRun()).isTrue();
        assertThat(record.rowsDeleted()).isZero();
        assertThat(record.tenants()).singleElement().extracting(TenantPurge::receipts).isEqualTo(2L);
        assertThat(records.find(record.id())).isPresent();
        assertThat(idempotencyCutoff.get()).as("a dry run deletes no idempotency record").isNull();
    }

    @Test
    @DisplayName("while another runner holds the lease, a purge does not start; once it expires, it does")
    void singleRunner() {
        assertThat(lease.tryAcquire("other-replica", Duration.ofMinutes(2))).isTrue();
        PurgeOutcome refused = service("a", 10).purge(new PurgeCommand(PurgeKind.MANUAL, false, "test"));
        assertThat(refused).isInstanceOf(PurgeOutcome.AlreadyRunning.class);
        assertThat(records.list(PurgeRecordQuery.newest(10), Optional.empty(), 10)).isEmpty();

        clock.advance(Duration.ofMinutes(3));
        assertThat(run(service("a", 10), false).status()).isEqualTo(PurgeStatus.SUCCEEDED);
    }

    @Test
    @DisplayName("a record left running by a crashed runner is marked interrupted when the next purge starts")
    void interruptedRecordsAreMarked() {
        PurgeRecord crashed = PurgeRecord.startPurge(PurgeKind.SCHEDULED, false, "cron", daysAgo(1));
        records.save(crashed);
        receipts.add("acme", "a", null, daysAgo(100));

        PurgeRecord next = run(service("a", 10), false);

        assertThat(records.find(crashed.id()).orElseThrow().status()).isEqualTo(PurgeStatus.INTERRUPTED);
        assertThat(next.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(receipts.rows()).isEmpty();
    }

    @Test
    @DisplayName("purge records older than their own retention are deleted, younger ones kept")
    void oldPurgeRecordsExpire() {
        PurgeRecord ancient = PurgeRecord.startPurge(PurgeKind.SCHEDULED, false, "cron", daysAgo(3000))
                .finish(PurgeStatus.SUCCEEDED, daysAgo(3000), Optional.empty());
        PurgeRecord recent = PurgeRecord.startPurge(PurgeKind.SCHEDULED, false, "cron", daysAgo(30))
                .finish(PurgeStatus.SUCCEEDED, daysAgo(30), Optional.empty());
        records.save(ancient);
        records.save(recent);

        PurgeRecord record = run(service("a", 10), false);

        assertThat(records.find(ancient.id())).isEmpty();
        assertThat(records.find(recent.id())).isPresent();
        assertThat(record.purgeRecordsDeleted()).isEqualTo(1);
    }

    @Test
    @DisplayName("a failing store ends the purge failed, with the phase and exception type but no database text")
    void failureIsRecordedWithoutDetails() {
        InMemoryReceipts target = new InMemoryReceipts() {
            @Override
            public ExpiredBatch deleteExpiredBatch(Set<Optional<String>> t, Instant c, HoldCoverage p, Instant f, int b) {
                throw new IllegalStateException("Key (actor_id)=(canary-4242) violates something");
            }
        };
        target.add("acme", "canary-4242", null, daysAgo(100));
        PurgeRecord record = run(new PurgeService(policies, holds, records, target, idempotency, lease, gate,
                new PurgeSettings(Retention.ofDays(1), 10, Duration.ofHours(1), Duration.ofDays(1),
                        Duration.ofMinutes(1), "a"), clock), false);

        assertThat(record.status()).isEqualTo(PurgeStatus.FAILED);
        assertThat(record.error()).contains("failed while deleting receipts: IllegalStateException");
        assertThat(record.toString()).doesNotContain("canary-4242");
        assertThat(lease.tryAcquire("someone-else", Duration.ofMinutes(1))).as("lease released after failure").isTrue();
    }

    @Test
    @DisplayName("losing the lease mid-purge stops it as interrupted; the next run finishes the work")
    void lostLeaseInterrupts() {
        for (int i = 0; i < 30; i++) {
            receipts.add("acme", "a", null, daysAgo(100));
        }
        PurgeService victim = new PurgeService(policies, holds, records, afterEachBatch(tenants -> {
            clock.advance(Duration.ofMinutes(5));
            lease.tryAcquire("thief", Duration.ofMinutes(5));
        }), idempotency, lease, gate, new PurgeSettings(Retention.ofDays(90), 10, Duration.ofHours(1), Duration.ofDays(1),
                Duration.ofMinutes(1), "victim"), clock);

        PurgeRecord stopped = run(victim, false);
        assertThat(stopped.status()).isEqualTo(PurgeStatus.INTERRUPTED);
        assertThat(stopped.error()).contains("lease lost to another runner");
        assertThat(receipts.rows()).hasSize(20);

        lease.release("thief");
        PurgeRecord resumed = run(service("b", 10), false);
        assertThat(resumed.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(resumed.rowsDeleted()).isEqualTo(20);
        assertThat(receipts.rows()).isEmpty();
    }

    @Test
    @DisplayName("after stop(), a running purge ends interrupted at its next batch and new purges are refused")
    void stopInterrupts() {
        PurgeService service = service("a", 10);
        service.stop();
        assertThat(service.purge(new PurgeCommand(PurgeKind.SCHEDULED, false, "cron")))
                .isInstanceOf(PurgeOutcome.AlreadyRunning.class);
    }
    @Test
    @DisplayName("a partition of expired, unprotected receipts is dropped whole and counted per tenant; one with a held receipt is kept")
    void expiredPartitionsAreDroppedWhole() {
        holds.add(LegalHold.place("acme", Optional.of("alice"), "subpoena", NOW));
        var allExpired = receipts.partition(daysAgo(200), daysAgo(170));
        var withHeld = receipts.partition(daysAgo(170), daysAgo(140));
        var recent = receipts.partition(daysAgo(60), daysAgo(30));
        receipts.add("acme", "a", null, daysAgo(190));
        receipts.add("acme", "b", null, daysAgo(180));
        receipts.add(null, null, null, daysAgo(175));
        var alice = receipts.add("acme", "alice", null, daysAgo(160));
        receipts.add("acme", "bob", null, daysAgo(150));
        var fresh = receipts.add("acme", "c", null, daysAgo(50));

        PurgeRecord record = run(service("a", 100), false);

        assertThat(receipts.partitions()).doesNotContain(allExpired).contains(withHeld, recent);
        assertThat(receipts.rows()).containsExactlyInAnyOrder(alice, fresh);
        assertThat(record.rowsDeleted()).isEqualTo(4);
        assertThat(record.tenants()).extracting(TenantPurge::tenantId, TenantPurge::receipts)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Optional.of("acme"), 3L),
                        org.assertj.core.groups.Tuple.tuple(Optional.empty(), 1L));
        assertThat(records.find(record.id())).contains(record);
    }

    @Test
    @DisplayName("a hold placed after the purge began keeps the partitions and the receipts it covers")
    void holdPlacedDuringThePurgeKeepsItsPartition() {
        InMemoryReceipts watched = new InMemoryReceipts() {
            @Override
            public synchronized List<Partition> partitionsEndingBy(Instant endBy) {
                holds.add(LegalHold.place("acme", Optional.empty(), "late litigation", NOW));
                return super.partitionsEndingBy(endBy);
            }
        };
        var month = watched.partition(daysAgo(200), daysAgo(170));
        var held = watched.add("acme", "a", null, daysAgo(190));
        PurgeService service = service("a", 100, watched);

        PurgeRecord record = run(service, false);

        assertThat(watched.partitions()).contains(month);
        assertThat(watched.rows()).containsExactly(held);
        assertThat(record.rowsDeleted()).isZero();
    }

    @Test
    @DisplayName("a real purge prepares the coming partitions from its start time; a dry run changes nothing")
    void partitionsArePreparedByRealPurgesOnly() {
        var month = receipts.partition(daysAgo(200), daysAgo(170));
        var old = receipts.add("acme", "a", null, daysAgo(190));

        PurgeRecord dryRun = run(service("a", 100), true);

        assertThat(receipts.partitionsCreatedAt()).isEmpty();
        assertThat(receipts.partitions()).contains(month);
        assertThat(receipts.rows()).containsExactly(old);
        assertThat(dryRun.tenants()).extracting(TenantPurge::receipts).containsExactly(1L);

        run(service("a", 100), false);

        assertThat(receipts.partitionsCreatedAt()).containsExactly(NOW);
        assertThat(receipts.partitions()).isEmpty();
    }

    @Test
    @DisplayName("a hold placed while one group of tenants is purged protects another tenant from its group's first batch on")
    void holdPlacedDuringThePurgeProtectsLaterGroups() {
        policies.put(new RetentionPolicy("beta", Retention.ofDays(30), NOW));
        for (int i = 0; i < 8; i++) {
            receipts.add("acme", "a", null, daysAgo(100));
        }
        List<InMemoryReceipts.Row> beta = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            beta.add(receipts.add("beta", "b", null, daysAgo(100)));
        }
        InMemoryReceipts placingAHold = afterEachBatch(tenants -> {
            if (!tenants.contains(Optional.of("beta")) && holds.active().isEmpty()) {
                holds.add(LegalHold.place("beta", Optional.empty(), "litigation filed meanwhile", NOW));
            }
        });

        PurgeRecord record = run(service("a", 4, placingAHold), false);

        assertThat(receipts.rows()).containsExactlyInAnyOrderElementsOf(beta);
        TenantPurge betaPart = record.tenants().stream().filter(t -> t.tenantId().equals(Optional.of("beta")))
                .findFirst().orElseThrow();
        assertThat(betaPart.receipts()).isZero();
        assertThat(betaPart.tenantHeld()).as("the record shows the hold that came into force").isTrue();
        assertThat(record.rowsDeleted()).isEqualTo(8);
    }

    @Test
    @DisplayName("a retention lengthened while a purge runs keeps what the new retention keeps, and the record shows it")
    void retentionLengthenedDuringThePurgeIsHonoured() {
        policies.put(new RetentionPolicy("beta", Retention.ofDays(30), NOW));
        for (int i = 0; i < 8; i++) {
            receipts.add("acme", "a", null, daysAgo(100));
        }
        var beta = receipts.add("beta", "b", null, daysAgo(40));
        InMemoryReceipts lengthening = afterEachBatch(
                tenants -> policies.put(new RetentionPolicy("beta", Retention.ofDays(60), NOW)));

        PurgeRecord record = run(service("a", 4, lengthening), false);

        assertThat(receipts.rows()).containsExactly(beta);
        TenantPurge betaPart = record.tenants().stream().filter(t -> t.tenantId().equals(Optional.of("beta")))
                .findFirst().orElseThrow();
        assertThat(betaPart.retention()).isEqualTo(Retention.ofDays(60));
        assertThat(betaPart.cutoff()).isEqualTo(daysAgo(60));
        assertThat(betaPart.receipts()).isZero();
    }

    @Test
    @DisplayName("a hold placed while a partition is examined keeps the partition")
    void holdPlacedWhileAPartitionIsExaminedKeepsIt() {
        InMemoryReceipts placingAHold = new InMemoryReceipts() {
            @Override
            public Optional<Map<Optional<String>, Long>> dropPartitionIfExpired(Partition partition,
                    java.util.function.Supplier<java.util.function.Function<Optional<String>, TenantRule>> rules) {
                holds.add(LegalHold.place("acme", Optional.of("alice"), "subpoena served meanwhile", NOW));
                return super.dropPartitionIfExpired(partition, rules);
            }
        }.gatedBy(gate);
        var month = placingAHold.partition(daysAgo(200), daysAgo(170));
        var alice = placingAHold.add("acme", "alice", null, daysAgo(190));
        placingAHold.add("acme", "bob", null, daysAgo(190));

        PurgeRecord record = run(service("a", 100, placingAHold), false);

        assertThat(placingAHold.partitions()).contains(month);
        assertThat(placingAHold.rows()).containsExactly(alice);
        assertThat(record.rowsDeleted()).as("bob's receipt went by batched delete").isEqualTo(1);
    }

    @Test
    @DisplayName("while a purge runs in this replica, another purge here is refused, and the first one finishes")
    void oneReplicaRunsOnePurgeAtATime() {
        for (int i = 0; i < 6; i++) {
            receipts.add("acme", "a", null, daysAgo(100));
        }
        List<PurgeOutcome> meanwhile = new java.util.ArrayList<>();
        PurgeService[] self = new PurgeService[1];
        InMemoryReceipts reentering = afterEachBatch(tenants -> {
            if (meanwhile.isEmpty()) {
                // The lease is this replica's own, so only the service itself can refuse the second purge.
                meanwhile.add(self[0].purge(new PurgeCommand(PurgeKind.MANUAL, false, "second")));
            }
        });
        self[0] = service("replica-1", 4, reentering);

        PurgeRecord first = run(self[0], false);

        assertThat(meanwhile).singleElement().isInstanceOf(PurgeOutcome.AlreadyRunning.class);
        assertThat(first.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(first.rowsDeleted()).isEqualTo(6);
        assertThat(records.list(PurgeRecordQuery.newest(10), Optional.empty(), 10)).singleElement().extracting(PurgeRecord::status).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(run(self[0], false).status()).as("a purge after the first one runs").isEqualTo(PurgeStatus.SUCCEEDED);
    }

    @Test
    @DisplayName("a batch that found a full batch but deleted less (an erasure took some first) is not taken for the last")
    void batchThinnedByAnotherTransactionIsNotTheLast() {
        for (int i = 0; i < 10; i++) {
            receipts.add("acme", "a", null, daysAgo(100));
        }
        boolean[] first = {true};
        InMemoryReceipts thinned = overEachBatch((tenants, batch) -> {
            if (!first[0]) {
                return batch;
            }
            first[0] = false;
            // One of the receipts it found was deleted by another transaction before this batch's delete.
            return new ExpiredBatch(Map.of(Optional.of("acme"), batch.total() - 1), batch.newestDeleted(), batch.found());
        });

        PurgeRecord record = run(service("a", 4, thinned), false);

        assertThat(receipts.rows()).isEmpty();
        assertThat(record.rowsDeleted()).isEqualTo(9);
        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
    }
}
