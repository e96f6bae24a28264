package ai.datafog.adapter.http;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Runs use cases that may block (they reach the database) on the bounded scheduler, never on a
 * Netty event-loop thread. The scheduler's size is a configuration value owned by bootstrap. A caller
 * that goes away (request timeout, disconnect) stops waiting: queued work is dropped, started work
 * finishes uninterrupted (an interrupt inside a JDBC call can close the embedded database) and its
 * outcome is discarded.
 */
public final class BlockingCalls {

    private final Scheduler scheduler;

    public BlockingCalls(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    public <T> Mono<T> call(Callable<T> work) {
        return Mono.defer(() -> Mono.fromFuture(ScheduledWork.submit(scheduler, work), false));
    }
}
