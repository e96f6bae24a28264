package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeLease;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link PurgeLease}, run against every implementation; expiry is real time. */
abstract class AbstractPurgeLeaseContractTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    /** Two handles on the same lease, as two replicas would hold. */
    protected abstract PurgeLease lease();

    @Test
    @DisplayName("a held lease is refused to others, re-granted to its owner, and free again once released")
    void exclusive() {
        PurgeLease lease = lease();
        assertThat(lease.tryAcquire("a", LONG)).isTrue();
        assertThat(lease.tryAcquire("b", LONG)).isFalse();
        assertThat(lease.tryAcquire("a", LONG)).isTrue();
        assertThat(lease.renew("a", LONG)).isTrue();
        assertThat(lease.renew("b", LONG)).isFalse();
        lease.release("b");
        assertThat(lease.tryAcquire("b", LONG)).as("release by a non-owner does nothing").isFalse();
        lease.release("a");
        assertThat(lease.tryAcquire("b", LONG)).isTrue();
    }

    @Test
    @DisplayName("an owner that stops renewing loses the lease when it expires, and cannot renew it back")
    void expires() throws InterruptedException {
        PurgeLease lease = lease();
        assertThat(lease.tryAcquire("crashed", Duration.ofMillis(300))).isTrue();
        assertThat(lease.tryAcquire("b", LONG)).isFalse();
        Thread.sleep(600);
        assertThat(lease.tryAcquire("b", LONG)).isTrue();
        assertThat(lease.renew("crashed", LONG)).isFalse();
    }

    @Test
    @DisplayName("of owners racing for a free lease, exactly one wins")
    void race() throws Exception {
        PurgeLease lease = lease();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String owner = "owner-" + i;
                attempts.add(() -> lease.tryAcquire(owner, LONG));
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
