package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeOutcome;
import ai.datafog.application.port.out.PurgeLease;
import ai.datafog.application.retention.PurgeService;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two purge services with different owners on one database: one purge at a time, takeover on crash. */
abstract class AbstractSingleRunnerTest extends RetentionFixture {

    AbstractSingleRunnerTest(MigratedDatabase database) {
        super(database);
    }

    @Test
    @DisplayName("while one replica purges, the other is refused; after it finishes, the other may run")
    void oneAtATime() throws Exception {
        SeededReceipts.insertMany(database, 40, "acme", "a", daysAgo(100));
        CountDownLatch inFirstBatch = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        PurgeService first = service("replica-1", 10, Duration.ofMinutes(2), hooked(batch -> {
            inFirstBatch.countDown();
            await(proceed);
        }));
        PurgeService second = service("replica-2", 10);

        CompletableFuture<PurgeOutcome> running = CompletableFuture.supplyAsync(() -> first.purge(scheduled()));
        assertThat(inFirstBatch.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.purge(scheduled())).isInstanceOf(PurgeOutcome.AlreadyRunning.class);

        proceed.countDown();
        PurgeRecord done = ran(running.get(20, TimeUnit.SECONDS));
        assertThat(done.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(done.rowsDeleted()).isEqualTo(40);
        assertThat(ran(second.purge(scheduled())).status()).isEqualTo(PurgeStatus.SUCCEEDED);
    }

    @Test
    @DisplayName("when the lease holder hangs (stops renewing), the other takes over after expiry and completes")
    void takeoverAfterCrash() throws Exception {
        SeededReceipts.insertMany(database, 40, "acme", "a", daysAgo(100));
        CountDownLatch hung = new CountDownLatch(1);
        CountDownLatch revive = new CountDownLatch(1);
        Duration lease = Duration.ofMillis(800);
        HookedPurgeTarget counted = hooked(batch -> { });
        // The runner hangs between batches, where it holds no transaction: when it renews its lease
        // after the first batch (a runner hung inside a batch holds that batch's locks until its
        // connection ends, as any database client does).
        PurgeLease hanging = leaseRenewedAfter(() -> {
            if (counted.batches() == 1 && hung.getCount() > 0) {
                hung.countDown();
                await(revive);
            }
        });
        PurgeService crashed = service("replica-1", 10, lease, counted, hanging);
        PurgeService survivor = service("replica-2", 10, lease, new JdbcReceiptPurgeTarget(database));

        CompletableFuture<PurgeOutcome> zombie = CompletableFuture.supplyAsync(() -> crashed.purge(scheduled()));
        assertThat(hung.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(survivor.purge(scheduled())).isInstanceOf(PurgeOutcome.AlreadyRunning.class);

        PurgeRecord takeover = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (takeover == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
            if (survivor.purge(scheduled()) instanceof PurgeOutcome.Ran ran) {
                takeover = ran.record();
            }
        }
        assertThat(takeover).as("the survivor took the expired lease").isNotNull();
        assertThat(takeover.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(takeover.rowsDeleted()).isEqualTo(30);
        assertThat(SeededReceipts.count(database)).isZero();

        revive.countDown();
        PurgeRecord late = ran(zombie.get(20, TimeUnit.SECONDS));
        assertThat(late.status()).as("the revived runner notices it lost the lease").isEqualTo(PurgeStatus.INTERRUPTED);
        assertThat(late.error()).contains("lease lost to another runner");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
