package ai.datafog.application.health;

import ai.datafog.application.port.in.CheckHealthUseCase;
import ai.datafog.application.port.out.StoreHealth;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Health is the reachability of the receipts store, stamped with the process start time. */
public final class HealthService implements CheckHealthUseCase {

    private final StoreHealth storeHealth;
    private final Instant startedAt;

    public HealthService(StoreHealth storeHealth, Clock clock) {
        this.storeHealth = Objects.requireNonNull(storeHealth, "storeHealth");
        this.startedAt = clock.instant();
    }

    @Override
    public HealthReport check() {
        return new HealthReport(storeHealth.isReachable(), startedAt);
    }
}
