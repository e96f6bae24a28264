package ai.datafog.adapter.http.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Hooks;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Errors raised after their request was cancelled (its timeout fired, its client went away) reach
 * nobody; Reactor would log each at ERROR with its message and stack trace, and a message can quote
 * request data. They are logged by exception class only: at DEBUG for a {@link CancellationException}
 * (work stopping because it was cancelled: the expected end of a timed-out scan), at WARN otherwise.
 */
public final class DroppedErrors {

    private static final Logger log = LoggerFactory.getLogger(DroppedErrors.class);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private DroppedErrors() {
    }

    /** Installs the hook for the whole JVM; again is a no-op (Reactor would chain a second copy). */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Hooks.onErrorDropped(DroppedErrors::log);
        }
    }

    static void log(Throwable error) {
        if (error instanceof CancellationException) {
            log.debug("cancelled work stopped after its request ended");
        } else {
            log.warn("error after its request was cancelled, dropped: {}", error.getClass().getName());
        }
    }
}
