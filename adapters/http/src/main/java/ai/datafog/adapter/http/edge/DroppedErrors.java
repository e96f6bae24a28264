package ai.datafog.adapter.http.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Hooks;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Errors with nobody left to receive them (mostly raised after their request was cancelled: its
 * timeout fired, its client went away) are "dropped"; Reactor would log each at ERROR with its message
 * and stack trace, and a message can quote request data. They are logged by the classes of the error
 * and its causes only: at DEBUG for a {@link CancellationException} (work stopping because it was
 * cancelled: the expected end of a timed-out scan), at WARN otherwise.
 */
public final class DroppedErrors {

    private static final Logger log = LoggerFactory.getLogger(DroppedErrors.class);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final int MAX_CAUSES = 8;

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
            log.warn("error with nobody left to receive it (its request was cancelled or had ended), dropped: {}",
                    causes(error));
        }
    }

    /** The classes of {@code error} and its causes, outermost first: what went wrong, without any message. */
    static String causes(Throwable error) {
        StringBuilder chain = new StringBuilder(error.getClass().getName());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && cause != error && depth < MAX_CAUSES; depth++) {
            chain.append(" <- ").append(cause.getClass().getName());
            cause = cause.getCause();
        }
        return chain.toString();
    }
}
