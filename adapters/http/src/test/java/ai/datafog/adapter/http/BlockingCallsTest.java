package ai.datafog.adapter.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Blocking calls: on the bounded scheduler; a caller that goes away drops queued work and never interrupts started work")
class BlockingCallsTest {

    private final Scheduler scheduler = Schedulers.newBoundedElastic(1, 10, "blocking-test");
    private final BlockingCalls calls = new BlockingCalls(scheduler);

    @AfterEach
    void stop() {
        scheduler.dispose();
    }

    @Test
    @DisplayName("the work runs on the scheduler's thread; its result and its failure reach the caller")
    void deliversResultAndFailure() {
        assertThat(calls.call(() -> Thread.currentThread().getName()).block()).startsWith("blocking-test");
        assertThatThrownBy(() -> calls.call(() -> {
            throw new IllegalStateException("boom");
        }).block()).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    @DisplayName("cancelled while running (a request timeout): the work is not interrupted and finishes")
    void startedWorkIsNotInterrupted() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Disposable caller = calls.call(() -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
            finished.countDown();
            return "done";
        }).subscribe(value -> { }, error -> { });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        caller.dispose();
        release.countDown();

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).as("interrupted by the cancellation").isFalse();
    }

    @Test
    @DisplayName("a failure of work whose caller has gone is reported as a dropped error (so it is logged)")
    void failureAfterCancellationIsDropped() throws InterruptedException {
        java.util.List<Throwable> dropped = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.publisher.Hooks.onErrorDropped(dropped::add);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Disposable caller = calls.call(() -> {
                started.countDown();
                release.await(10, TimeUnit.SECONDS);
                throw new IllegalStateException("store failed");
            }).subscribe(value -> { }, error -> { });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            caller.dispose();
            release.countDown();

            assertThat(calls.call(() -> "after").block()).isEqualTo("after");
            assertThat(dropped).singleElement().isInstanceOf(IllegalStateException.class);
        } finally {
            reactor.core.publisher.Hooks.resetOnErrorDropped();
        }
    }

    @Test
    @DisplayName("cancelled while queued behind other work: the work never starts")
    void queuedWorkIsDropped() throws InterruptedException {
        CountDownLatch release = occupyTheThread(calls);
        AtomicBoolean ran = new AtomicBoolean();

        calls.call(() -> ran.getAndSet(true)).subscribe().dispose();
        release.countDown();

        assertThat(calls.call(() -> "after").block()).as("the scheduler went on").isEqualTo("after");
        assertThat(ran).as("the cancelled work ran").isFalse();
    }

    @Test
    @DisplayName("cancelled while queued: its place in the queue is free at once, so the next call is not refused")
    void cancelledWorkLeavesTheQueue() throws Exception {
        Scheduler oneQueuedTask = Schedulers.newBoundedElastic(1, 1, "one-place-test");
        try {
            BlockingCalls onePlace = new BlockingCalls(oneQueuedTask);
            CountDownLatch release = occupyTheThread(onePlace);
            AtomicBoolean ran = new AtomicBoolean();
            onePlace.call(() -> ran.getAndSet(true)).subscribe().dispose();

            CompletableFuture<String> next = onePlace.call(() -> "next").toFuture();
            release.countDown();

            assertThat(next.get(10, TimeUnit.SECONDS)).as("the call queued after the cancelled one").isEqualTo("next");
            assertThat(ran).as("the cancelled work ran").isFalse();
        } finally {
            oneQueuedTask.dispose();
        }
    }

    /** Starts work that holds the scheduler's only thread until the returned latch is counted down. */
    private static CountDownLatch occupyTheThread(BlockingCalls calls) throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        calls.call(() -> {
            busy.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }).subscribe();
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        return release;
    }
}
