package ai.datafog.adapter.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("CPU work: small bodies inline, large ones on the parallel scheduler, where cancelling interrupts them")
class CpuWorkTest {

    @Test
    @DisplayName("a small body's work runs on the subscribing thread")
    void smallBodyRunsInline() {
        String thread = CpuWork.of(new byte[CpuWork.INLINE_LIMIT_BYTES], () -> Thread.currentThread().getName()).block();

        assertThat(thread).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    @DisplayName("cancelling a large body's work interrupts the worker running it, so the work can stop")
    void cancellingLargeWorkInterruptsIt() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<String> worker = new AtomicReference<>();
        Disposable subscription = CpuWork.of(new byte[CpuWork.INLINE_LIMIT_BYTES + 1], () -> {
            worker.set(Thread.currentThread().getName());
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            if (Thread.currentThread().isInterrupted()) {
                stopped.countDown();
            }
            throw new CancellationException("stopped");
        }).subscribe(value -> { }, error -> { });

        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        subscription.dispose();

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the worker saw the interrupt").isTrue();
        assertThat(worker.get()).startsWith("parallel-");
    }
}
