package ai.datafog.domain.retention;

import java.util.Locale;

/**
 * Where a purge stands. {@code INTERRUPTED}: its runner stopped (crash, lost lease, shutdown) before
 * finishing; the rows it did not reach are deleted by the next purge.
 */
public enum PurgeStatus {
    RUNNING, SUCCEEDED, FAILED, INTERRUPTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this != RUNNING;
    }
}
