package ai.datafog.adapter.http.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/**
 * One Bucket4j token bucket per client: {@code burst} capacity refilled greedily at {@code rps}.
 * Buckets live in a bounded cache that forgets a client once it has been idle long enough for its
 * bucket to be full again, so eviction never grants more than a fresh bucket would, and memory
 * stays bounded however many clients (or spoofed addresses) appear.
 */
public final class RateLimiter {

    /** What one attempt got: whether it may proceed, tokens left, and how long to wait if not. */
    public record Verdict(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private static final long MAX_CLIENTS = 100_000;

    private final long capacity;
    private final Duration refillOne;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(double rps, long burst) {
        if (!(rps > 0) || burst < 1) {
            throw new IllegalArgumentException("rate limit needs rps > 0 and burst >= 1");
        }
        this.capacity = burst;
        this.refillOne = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / rps)));
        Duration untilFull = refillOne.multipliedBy(burst).plusSeconds(1);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(untilFull)
                .build();
    }

    public Verdict tryAcquire(String clientId) {
        Bucket bucket = buckets.get(clientId, id -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, probe.getRemainingTokens(), 0);
        }
        long waitNanos = probe.getNanosToWaitForRefill();
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return new Verdict(false, 0, seconds);
    }

    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(1, refillOne))
                .build();
    }
}
