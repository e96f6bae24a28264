package ai.datafog.application.port.in;

import java.time.Instant;

/** Reports whether the service can do its work: the receipts database must be reachable. */
public interface CheckHealthUseCase {

    HealthReport check();

    /** The answer of a health check. */
    record HealthReport(boolean healthy, Instant startedAt) {
    }
}
