package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeCommand;
import ai.datafog.application.port.out.PurgeLease;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeStatus;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Purges over the real SQL adapters, end to end below HTTP; run on H2 and on PostgreSQL. */
abstract class AbstractPurgeScenarioTest extends RetentionFixture {

    AbstractPurgeScenarioTest(MigratedDatabase database) {
        super(database);
    }

    @Test
    @DisplayName("expired receipts are deleted, fresh and held ones kept, each tenant by its own retention")
    void purgeHonoursRetentionAndHolds() {
        new JdbcRetentionPolicyStore(database).put(new RetentionPolicy("short", Retention.ofDays(10), clock.instant()));
        new JdbcLegalHoldStore(database).add(LegalHold.place("acme", Optional.of("alice"), "subpoena", clock.instant()));
        new JdbcLegalHoldStore(database).add(LegalHold.place("frozen", Optional.empty(), "litigation", clock.instant()));
        SeededReceipts.insert(database, "short", "a", null, daysAgo(11));
        UUID shortFresh = SeededReceipts.insert(database, "short", "a", null, daysAgo(9));
        SeededReceipts.insert(database, "acme", "bob", null, daysAgo(91));
        UUID acmeFresh = SeededReceipts.insert(database, "acme", "bob", null, daysAgo(11));
        UUID aliceHeld = SeededReceipts.insert(database, "acme", "alice", null, daysAgo(400));
        UUID frozen = SeededReceipts.insert(database, "frozen", "x", null, daysAgo(400));
        SeededReceipts.insert(database, null, null, null, daysAgo(91));

        PurgeRecord record = ran(service("a", 100).purge(scheduled()));

        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(3);
        assertThat(new HashSet<>(SeededReceipts.ids(database))).isEqualTo(Set.of(shortFresh, acmeFresh, aliceHeld, frozen));
        assertThat(new JdbcPurgeRecordStore(database).find(record.id())).contains(record);
    }

    @Test
    @DisplayName("deletes go in batches of the configured size")
    void batchesOfN() {
        SeededReceipts.insertMany(database, 30, "acme", "a", daysAgo(100));
        HookedPurgeTarget target = hooked(batch -> { });

        PurgeRecord record = ran(service("a", 7, Duration.ofMinutes(2), target).purge(scheduled()));

        assertThat(record.rowsDeleted()).isEqualTo(30);
        assertThat(target.batches()).isEqualTo(5);
        assertThat(SeededReceipts.count(database)).isZero();
    }

    @Test
    @DisplayName("a purge that dies midway is marked interrupted by the next, which deletes the rest and nothing fresh")
    void resumesAfterInterruption() {
        SeededReceipts.insertMany(database, 50, "acme", "a", daysAgo(100));
        UUID fresh = SeededReceipts.insert(database, "acme", "a", null, daysAgo(1));
        HookedPurgeTarget dying = hooked(batch -> {
            if (batch == 3) {
                throw new SimulatedCrash();
            }
        });

        assertThatThrownBy(() -> service("first", 10, Duration.ofMinutes(2), dying).purge(scheduled()))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(SeededReceipts.count(database)).isEqualTo(31);
        PurgeRecord crashed = new JdbcPurgeRecordStore(database).list(PurgeRecordQuery.newest(1), Optional.empty(), 1).get(0);
        assertThat(crashed.status()).isEqualTo(PurgeStatus.RUNNING);

        PurgeRecord resumed = ran(service("second", 10).purge(scheduled()));

        assertThat(resumed.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(resumed.rowsDeleted()).isEqualTo(30);
        assertThat(SeededReceipts.ids(database)).containsExactly(fresh);
        assertThat(new JdbcPurgeRecordStore(database).find(crashed.id()).orElseThrow().status())
                .isEqualTo(PurgeStatus.INTERRUPTED);
    }

    @Test
    @DisplayName("a dry run counts per tenant, deletes nothing, and is recorded")
    void dryRun() {
        SeededReceipts.insertMany(database, 12, "acme", "a", daysAgo(100));
        SeededReceipts.insertMany(database, 3, "acme", "a", daysAgo(1));

        PurgeRecord record = ran(service("a", 5).purge(new PurgeCommand(PurgeKind.MANUAL, true, "test")));

        assertThat(SeededReceipts.count(database)).isEqualTo(15);
        assertThat(record.dryRun()).isTrue();
        assertThat(record.tenants()).singleElement().satisfies(t -> assertThat(t.receipts()).isEqualTo(12));
        assertThat(new JdbcPurgeRecordStore(database).find(record.id())).contains(record);
    }

    /** Stands for the process dying: not a RuntimeException, so the service cannot record it. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }

    @Test
    @DisplayName("a hold placed during a batch waits for it; once placed, the next batch honours it")
    void holdPlacedDuringABatchProtectsFromTheNextOne() {
        SeededReceipts.insertMany(database, 4, "acme", "a", daysAgo(200));
        SeededReceipts.insertMany(database, 6, "beta", "b", daysAgo(100));
        java.util.concurrent.CompletableFuture<?>[] placing = new java.util.concurrent.CompletableFuture<?>[1];
        HookedPurgeTarget placingAHold = hooked(batch -> {
            if (batch == 1) {
                placing[0] = java.util.concurrent.CompletableFuture.runAsync(() -> new JdbcLegalHoldStore(database)
                        .add(LegalHold.place("beta", Optional.empty(), "litigation", clock.instant())));
                assertThatThrownBy(() -> placing[0].get(300, java.util.concurrent.TimeUnit.MILLISECONDS))
                        .as("the hold waits for the batch in flight")
                        .isInstanceOf(java.util.concurrent.TimeoutException.class);
            }
        });
        // Between batches (the lease renewal) the purge waits until the hold is placed, as if its
        // 201 came before the next batch began; which of the two a database lets go first is its own.
        PurgeLease afterTheHold = leaseRenewedAfter(() -> {
            if (placing[0] != null) {
                placing[0].join();
            }
        });

        PurgeRecord record = ran(service("a", 4, Duration.ofMinutes(2), placingAHold, afterTheHold).purge(scheduled()));

        assertThat(placing[0]).isDone();
        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).as("the first batch: acme's four oldest receipts").isEqualTo(4);
        assertThat(SeededReceipts.count(database)).as("beta's six receipts, held from the second batch on").isEqualTo(6);
        assertThat(record.tenants()).filteredOn(t -> t.tenantId().equals(Optional.of("beta")))
                .singleElement().satisfies(t -> assertThat(t.tenantHeld()).isTrue());
    }
}
