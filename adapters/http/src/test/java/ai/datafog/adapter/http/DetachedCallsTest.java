package ai.datafog.adapter.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Detached calls run to the end even when the caller stops waiting")
class DetachedCallsTest {

    @Test
    @DisplayName("cancelling the subscription neither cancels nor interrupts the work")
    void survivesCancellation() throws InterruptedException {
        Scheduler scheduler = Schedulers.newBoundedElastic(2, 10, "detached-test");
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            Disposable subscription = new DetachedCalls(scheduler).call(() -> {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                finished.countDown();
                return "done";
            }).subscribe();

            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            subscription.dispose();
            release.countDown();

            assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted).isFalse();
        } finally {
            scheduler.dispose();
        }
    }

    @Test
    @DisplayName("the work's result and failures reach a caller that waits")
    void deliversResult() {
        Scheduler scheduler = Schedulers.newBoundedElastic(2, 10, "detached-test");
        try {
            DetachedCalls calls = new DetachedCalls(scheduler);
            assertThat(calls.call(() -> 42).block()).isEqualTo(42);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> calls.call(() -> {
                throw new IllegalStateException("boom");
            }).block()).isInstanceOf(IllegalStateException.class);
        } finally {
            scheduler.dispose();
        }
    }
}
