package ai.datafog.application.port.out;

/**
 * The database could not do the work: a receipt was not made durable, or a record could not be read
 * or written. Callers answer 503 and never a success. The message is generic: no values, no SQL.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
