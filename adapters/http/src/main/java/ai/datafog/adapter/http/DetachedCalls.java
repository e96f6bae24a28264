package ai.datafog.adapter.http;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Runs work that must finish once started (a purge, an erasure) on the bounded scheduler. A caller
 * that goes away (request timeout, disconnect) stops waiting, but the work is neither cancelled nor
 * interrupted: it runs to the end and leaves its record, instead of failing halfway on an interrupt.
 */
public final class DetachedCalls {

    private final Scheduler scheduler;

    public DetachedCalls(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    public <T> Mono<T> call(Callable<T> work) {
        return Mono.defer(() -> Mono.fromFuture(ScheduledWork.submit(scheduler, work), true));
    }
}
