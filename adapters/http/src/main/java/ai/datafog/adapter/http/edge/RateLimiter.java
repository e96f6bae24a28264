package ai.datafog.adapter.http.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Bucket4j token bucket per client: {@code burst} capacity refilled greedily at {@code rps}.
 *
 * <p>Per process (the default), buckets live in a bounded cache that forgets a client once it has
 * been idle long enough for its bucket to be full again, so eviction never grants more than a fresh
 * bucket would, and memory stays bounded however many clients (or spoofed addresses) appear.
 *
 * <p>Shared ({@link #shared}), the buckets live in a database table through a Bucket4j
 * {@link ProxyManager}, so every replica draws from the same bucket per client. Each attempt is then
 * a short database transaction ({@link #blocks()}: callers must run it off the event loop). Rows
 * expire once a bucket would be full again and are removed in small batches at most once a minute.
 * While the store fails, the per-process buckets answer instead (logged once per outage): clients
 * stay limited, per replica, rather than unlimited or refused.
 */
public final class RateLimiter {

    /** What one attempt got: whether it may proceed, tokens left, and how long to wait if not. */
    public record Verdict(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final long MAX_CLIENTS = 100_000;
    private static final long CLEANUP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int CLEANUP_BATCH = 1_000;

    private final BucketConfiguration configuration;
    private final Cache<String, Bucket> local;
    private final ProxyManager<String> shared;
    private final ExpiredEntriesCleaner expired;
    private final AtomicLong nextCleanup = new AtomicLong(System.nanoTime());
    private final AtomicBoolean sharedFailing = new AtomicBoolean();

    /** Per-process buckets. */
    public RateLimiter(double rps, long burst) {
        this(rps, burst, null, null);
    }

    private RateLimiter(double rps, long burst, ProxyManager<String> shared, ExpiredEntriesCleaner expired) {
        if (!(rps > 0) || burst < 1) {
            throw new IllegalArgumentException("rate limit needs rps > 0 and burst >= 1");
        }
        Duration refillOne = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / rps)));
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(1, refillOne))
                .build();
        this.local = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(refillOne.multipliedBy(burst).plusSeconds(1))
                .build();
        this.shared = shared;
        this.expired = expired;
    }

    /** Buckets shared by every replica through {@code store} (whose rows must expire after write). */
    public static RateLimiter shared(double rps, long burst, ProxyManager<String> store, ExpiredEntriesCleaner expired) {
        return new RateLimiter(rps, burst, Objects.requireNonNull(store, "store"), Objects.requireNonNull(expired, "expired"));
    }

    /** Whether {@link #tryAcquire} reaches a database (and so must not run on an event loop). */
    public boolean blocks() {
        return shared != null;
    }

    public Verdict tryAcquire(String clientId) {
        if (shared != null) {
            try {
                Verdict verdict = verdict(shared.builder().build(clientId, () -> configuration).tryConsumeAndReturnRemaining(1));
                if (sharedFailing.compareAndSet(true, false)) {
                    log.info("shared rate-limit store reachable again; limits are shared across replicas");
                }
                removeExpiredWhenDue();
                return verdict;
            } catch (RuntimeException storeFailed) {
                if (sharedFailing.compareAndSet(false, true)) {
                    log.warn("shared rate-limit store failed ({}); limiting per replica until it answers again",
                            storeFailed.getClass().getSimpleName());
                }
            }
        }
        return verdict(local.get(clientId, id -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(1));
    }

    private static Verdict verdict(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return new Verdict(true, probe.getRemainingTokens(), 0);
        }
        long waitNanos = probe.getNanosToWaitForRefill();
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return new Verdict(false, 0, seconds);
    }

    private void removeExpiredWhenDue() {
        long due = nextCleanup.get();
        long now = System.nanoTime();
        if (now - due >= 0 && nextCleanup.compareAndSet(due, now + CLEANUP_EVERY_NANOS)) {
            expired.removeExpired(CLEANUP_BATCH);
        }
    }

    long trackedClients() {
        local.cleanUp();
        return local.estimatedSize();
    }
}
