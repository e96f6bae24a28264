package ai.datafog.adapter.http;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/**
 * Where the CPU work of a request (parsing, scanning, transforming) runs. A small body is handled
 * on the thread that already has it: at the engine's ~25 MB/s a 16 KiB body costs well under a
 * millisecond, less than handing it to another thread and back. A larger body, up to the 1 MiB
 * limit, goes to Reactor's parallel scheduler (one worker per core) so it never holds an event loop
 * for tens of milliseconds. Neither path uses the bounded JDBC scheduler.
 */
public final class CpuWork {

    /** Bodies up to this many bytes are handled inline. */
    public static final int INLINE_LIMIT_BYTES = 16 * 1024;

    private CpuWork() {
    }

    /** {@code work} for the request {@code body}: inline when it is small, else on the parallel scheduler. */
    public static <T> Mono<T> of(byte[] body, Callable<T> work) {
        Mono<T> mono = Mono.fromCallable(work);
        return body == null || body.length <= INLINE_LIMIT_BYTES ? mono : mono.subscribeOn(Schedulers.parallel());
    }
}
