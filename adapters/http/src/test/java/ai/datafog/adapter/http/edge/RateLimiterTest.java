package ai.datafog.adapter.http.edge;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    @Test
    @DisplayName("a burst is admitted with a decreasing remainder, then refused with Retry-After of at least 1 s")
    void burstThenRefusal() {
        RateLimiter limiter = new RateLimiter(0.5, 3);
        assertThat(limiter.tryAcquire("c")).isEqualTo(new RateLimiter.Verdict(true, 2, 0));
        assertThat(limiter.tryAcquire("c").remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire("c").remaining()).isZero();
        RateLimiter.Verdict refused = limiter.tryAcquire("c");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 2L);
    }

    @Test
    @DisplayName("a high rate still reports whole seconds, never 0")
    void retryAfterIsAtLeastOneSecond() {
        RateLimiter limiter = new RateLimiter(100, 1);
        RateLimiter.Verdict verdict = limiter.tryAcquire("c");
        for (int i = 0; i < 100_000 && verdict.allowed(); i++) {
            verdict = limiter.tryAcquire("c");
        }
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    @DisplayName("clients have separate buckets, and the number of tracked clients is bounded")
    void boundedPerClientBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1);
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        for (int i = 0; i < 150_000; i++) {
            limiter.tryAcquire("spoofed-" + i);
        }
        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(100_000);
    }

    @Test
    @DisplayName("a limit without a positive rate or burst is refused")
    void invalidLimits() {
        assertThatThrownBy(() -> new RateLimiter(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a shared limit reaches a store (so it blocks), and while the store fails it still limits per process")
    void sharedLimitFallsBackToPerProcessBuckets() {
        FailingStore store = new FailingStore();
        RateLimiter limiter = RateLimiter.shared(0.01, 2, store, maxRows -> 0);
        assertThat(limiter.blocks()).isTrue();
        assertThat(new RateLimiter(1, 1).blocks()).isFalse();
        assertThat(limiter.tryAcquire("c").allowed()).isTrue();
        assertThat(limiter.tryAcquire("c").allowed()).isTrue();
        assertThat(limiter.tryAcquire("c").allowed()).isFalse();
        assertThat(store.attempts).as("every attempt tried the shared store first").isEqualTo(3);
    }

    /** A shared bucket store that is down. */
    private static final class FailingStore implements ProxyManager<String> {
        int attempts;

        @Override
        public RemoteBucketBuilder<String> builder() {
            attempts++;
            throw new IllegalStateException("connection refused");
        }

        @Override
        public Optional<BucketConfiguration> getProxyConfiguration(String key) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void removeProxy(String key) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public boolean isAsyncModeSupported() {
            return false;
        }

        @Override
        public AsyncProxyManager<String> asAsync() {
            throw new UnsupportedOperationException();
        }
    }
}
