package ai.datafog.adapter.jdbc;

import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retention rules gate on a real database: a change to holds or policies started while gated work
 * runs waits until that work has committed, and gated work started after it sees it.
 */
abstract class AbstractRetentionRulesGateTest extends RetentionFixture {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    AbstractRetentionRulesGateTest(MigratedDatabase database) {
        super(database);
    }

    /**
     * Whether another session waits for the gate now (PostgreSQL's activity view, H2's sessions table).
     * Asked on a connection of its own: inside gated work, PostgreSQL would answer from the snapshot its
     * transaction took at the first look.
     */
    private boolean someoneWaitsForALock() {
        try (java.sql.Connection connection = database.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet waiting = statement.executeQuery(Vendor.isPostgres(connection)
                     ? "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%retention_rules_gate%'"
                     : "SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
            return waiting.next() && waiting.getLong(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits, up to a generous bound, until the change has reached the lock and waits for it. */
    private void awaitChangeWaiting() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!someoneWaitsForALock()) {
            assertThat(System.nanoTime()).as("the change waits for the gate within 10 s").isLessThan(deadline);
            sleepMillis(10);
        }
    }

    /** A change run while the gate is held: it must still be waiting when the work ends, and land after it. */
    private void changeWaitsForGatedWork(Runnable change, Runnable unchangedInside) {
        JdbcRetentionRulesGate gate = new JdbcRetentionRulesGate(database);
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        gate.whileRulesSettled(() -> {
            started[0] = CompletableFuture.runAsync(change);
            awaitChangeWaiting();
            // The change cannot finish while the gate is held, however long we wait here.
            assertThatThrownBy(() -> started[0].get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            unchangedInside.run();
            return null;
        });
        assertThat(started[0]).succeedsWithin(java.time.Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("placing and releasing a hold wait for gated work, which reads the holds as they were")
    void holdChangesWaitForGatedWork() {
        JdbcLegalHoldStore holds = new JdbcLegalHoldStore(database);
        LegalHold hold = LegalHold.place("acme", Optional.of("alice"), "subpoena", NOW);

        changeWaitsForGatedWork(() -> holds.add(hold), () -> assertThat(holds.active()).isEmpty());
        assertThat(holds.active()).containsExactly(hold);

        changeWaitsForGatedWork(() -> assertThat(holds.release(hold.id(), NOW.plusSeconds(1))).isTrue(),
                () -> assertThat(holds.active()).containsExactly(hold));
        assertThat(holds.active()).isEmpty();
    }

    @Test
    @DisplayName("setting and removing a retention policy wait for gated work, which reads the policies as they were")
    void policyChangesWaitForGatedWork() {
        JdbcRetentionPolicyStore policies = new JdbcRetentionPolicyStore(database);
        RetentionPolicy policy = new RetentionPolicy("acme", Retention.ofDays(30), NOW);

        changeWaitsForGatedWork(() -> policies.put(policy), () -> assertThat(policies.all()).isEmpty());
        assertThat(policies.all()).containsExactly(policy);

        changeWaitsForGatedWork(() -> assertThat(policies.remove("acme")).contains(policy),
                () -> assertThat(policies.all()).containsExactly(policy));
        assertThat(policies.all()).isEmpty();
    }

    @Test
    @DisplayName("outside gated work, changes go through at once, and gated work returns what its work returns")
    void withoutGatedWorkChangesAreImmediate() {
        JdbcLegalHoldStore holds = new JdbcLegalHoldStore(database);
        LegalHold hold = LegalHold.place("acme", Optional.empty(), "litigation", NOW);
        holds.add(hold);

        assertThat(new JdbcRetentionRulesGate(database).whileRulesSettled(holds::active)).containsExactly(hold);
    }

    @Test
    @DisplayName("a change waits for gated work that outlasts the database's own lock timeout (H2: 2 s), then lands")
    void changeOutwaitsALongBatch() {
        JdbcRetentionRulesGate gate = new JdbcRetentionRulesGate(database);
        JdbcLegalHoldStore holds = new JdbcLegalHoldStore(database);
        CompletableFuture<?>[] placing = new CompletableFuture<?>[1];

        gate.whileRulesSettled(() -> {
            placing[0] = CompletableFuture.runAsync(() -> holds.add(LegalHold.place("acme", Optional.empty(), "case", NOW)));
            sleepMillis(2_500);
            assertThat(placing[0]).as("still waiting, not failed").isNotDone();
            return null;
        });

        assertThat(placing[0]).succeedsWithin(java.time.Duration.ofSeconds(30));
        assertThat(holds.active()).hasSize(1);
    }

    @Test
    @DisplayName("a change that cannot get the gate within its patience (5 s) gives up unchanged: store unavailable, retry")
    void changeGivesUpAfterItsPatience() {
        JdbcRetentionRulesGate gate = new JdbcRetentionRulesGate(database);
        JdbcLegalHoldStore holds = new JdbcLegalHoldStore(database);
        CompletableFuture<?>[] placing = new CompletableFuture<?>[1];

        long[] gaveUpAfterMillis = {0};
        gate.whileRulesSettled(() -> {
            long started = System.nanoTime();
            placing[0] = CompletableFuture.runAsync(() -> holds.add(LegalHold.place("acme", Optional.empty(), "case", NOW)));
            // Given up while the gate is still held (joining here would wait forever otherwise).
            assertThatThrownBy(() -> placing[0].get(JdbcRetentionRulesGate.CHANGE_PATIENCE.toSeconds() + 20, TimeUnit.SECONDS))
                    .isInstanceOf(java.util.concurrent.ExecutionException.class)
                    .hasCauseInstanceOf(ai.datafog.application.port.out.StoreUnavailableException.class);
            gaveUpAfterMillis[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return null;
        });

        assertThat(gaveUpAfterMillis[0]).as("gave up after its patience, not at once")
                .isGreaterThanOrEqualTo(JdbcRetentionRulesGate.CHANGE_PATIENCE.toMillis() - 100);
        assertThat(holds.active()).isEmpty();
    }

    @Test
    @DisplayName("gated work run back to back does not starve a change: placing a hold gets in while it runs")
    void backToBackGatedWorkLetsAChangeIn() throws Exception {
        JdbcRetentionRulesGate gate = new JdbcRetentionRulesGate(database);
        JdbcLegalHoldStore holds = new JdbcLegalHoldStore(database);
        java.util.concurrent.atomic.AtomicBoolean placed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger worksBeforePlaced = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean ranOut = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Void> works = CompletableFuture.runAsync(() -> {
            // Like a purge: one short gated batch after another, for up to 15 s or until the hold is in.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!placed.get()) {
                if (System.nanoTime() > deadline) {
                    ranOut.set(true);
                    return;
                }
                gate.whileRulesSettled(() -> {
                    holds.active();
                    sleepMillis(5);
                    return null;
                });
                worksBeforePlaced.incrementAndGet();
            }
        });
        sleepMillis(50);
        int before = worksBeforePlaced.get();

        holds.add(LegalHold.place("acme", Optional.empty(), "litigation", NOW));
        placed.set(true);

        works.get(30, TimeUnit.SECONDS);
        assertThat(ranOut).as("the hold got in while the gated work still ran").isFalse();
        assertThat(holds.active()).hasSize(1);
        System.out.printf("the hold got in after %d gated works%n", worksBeforePlaced.get() - before);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
