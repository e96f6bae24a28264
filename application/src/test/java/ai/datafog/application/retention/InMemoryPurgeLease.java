package ai.datafog.application.retention;

import ai.datafog.application.port.out.PurgeLease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A {@link PurgeLease} in memory, judged by the given clock; share one instance between "replicas". */
public final class InMemoryPurgeLease implements PurgeLease {

    private final Clock clock;
    private String owner;
    private Instant expiresAt = Instant.EPOCH;

    public InMemoryPurgeLease(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean tryAcquire(String candidate, Duration duration) {
        Instant now = clock.instant();
        if (owner == null || owner.equals(candidate) || !expiresAt.isAfter(now)) {
            owner = candidate;
            expiresAt = now.plus(duration);
            return true;
        }
        return false;
    }

    @Override
    public synchronized boolean renew(String candidate, Duration duration) {
        if (!candidate.equals(owner)) {
            return false;
        }
        expiresAt = clock.instant().plus(duration);
        return true;
    }

    @Override
    public synchronized void release(String candidate) {
        if (candidate.equals(owner)) {
            owner = null;
            expiresAt = clock.instant();
        }
    }
}
