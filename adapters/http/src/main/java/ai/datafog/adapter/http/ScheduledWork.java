package ai.datafog.adapter.http;

import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.Context;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Work handed to a scheduler with its outcome in a future, so that whoever waits for it can stop
 * waiting without the worker thread being interrupted: an interrupt in the middle of a JDBC call can
 * close the embedded H2 database for every later request. Work whose future is already done when its
 * turn comes (its waiter cancelled it while it was queued) does not start; a failure of work whose
 * waiter has gone is reported as a dropped error, so it is still logged.
 */
final class ScheduledWork {

    private ScheduledWork() {
    }

    static <T> CompletableFuture<T> submit(Scheduler scheduler, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        scheduler.schedule(() -> {
            if (result.isDone()) {
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
        return result;
    }
}
