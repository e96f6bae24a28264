package ai.datafog.adapter.http.edge;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
