package ai.datafog.application.port.out;

import java.time.Duration;

/**
 * A lease shared by every replica through the database, so only one purge runs at a time. Expiry is
 * judged by the database's clock, so replicas with skewed clocks still agree; an owner that stops
 * renewing (a crash) loses the lease when it expires.
 */
public interface PurgeLease {

    /** Takes the lease for {@code owner} when it is free, expired, or already {@code owner}'s. */
    boolean tryAcquire(String owner, Duration duration);

    /** Extends {@code owner}'s lease; false when the lease is no longer {@code owner}'s. */
    boolean renew(String owner, Duration duration);

    /** Gives the lease up if {@code owner} holds it. */
    void release(String owner);
}
