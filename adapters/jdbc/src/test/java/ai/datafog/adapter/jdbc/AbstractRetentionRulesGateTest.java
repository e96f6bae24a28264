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

    /** A change run while the gate is held: it must still be waiting when the work ends, and land after it. */
    private void changeWaitsForGatedWork(Runnable change, Runnable unchangedInside) {
        JdbcRetentionRulesGate gate = new JdbcRetentionRulesGate(database);
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        gate.whileRulesSettled(() -> {
            started[0] = CompletableFuture.runAsync(change);
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
    @DisplayName("gated work run back to back does not starve a change: placing a hold gets in while it runs")
    void backToBackGatedWorkLetsAChangeIn() throws Exception {
        JdbcRetentionRulesGate gate = new JdbcRetentionRulesGate(database);
        JdbcLegalHoldStore holds = new JdbcLegalHoldStore(database);
        java.util.concurrent.atomic.AtomicBoolean placed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger worksBeforePlaced = new java.util.concurrent.atomic.AtomicInteger();
        CompletableFuture<Void> works = CompletableFuture.runAsync(() -> {
            // Like a purge: one short gated batch after another, for up to 15 s or until the hold is in.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!placed.get() && System.nanoTime() < deadline) {
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
