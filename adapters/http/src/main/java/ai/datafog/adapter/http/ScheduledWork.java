package ai.datafog.adapter.http;

import reactor.core.Disposable;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.Context;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work handed to a scheduler with its outcome in a future, so that whoever waits for it can stop
 * waiting without the worker thread being interrupted: an interrupt in the middle of a JDBC call can
 * close the embedded H2 database for every later request. Work whose waiter cancels its future while it
 * is queued leaves the queue at once (its place is free for other work) and never starts; a failure
 * of work whose waiter has gone is reported as a dropped error, so it is still logged.
 */
final class ScheduledWork {

    private ScheduledWork() {
    }

    static <T> CompletableFuture<T> submit(Scheduler scheduler, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        // Whichever comes first, the work's turn or its cancellation, claims it. A cancellation that
        // claims it removes the queued task (the scheduler's executors remove cancelled tasks); the
        // interrupt that removal may send can only reach a task that, having lost the claim, does nothing.
        AtomicBoolean claimed = new AtomicBoolean();
        Disposable queued = scheduler.schedule(() -> {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                if (!result.completeExceptionally(failure)) {
                    // Nobody waits any more: the failure goes where Reactor sends errors it drops (DroppedErrors).
                    Operators.onErrorDropped(failure, Context.empty());
                }
            }
        });
        result.whenComplete((value, failure) -> {
            if (claimed.compareAndSet(false, true)) {
                queued.dispose();
            }
        });
        return result;
    }
}
