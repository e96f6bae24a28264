package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ApiException;
import ai.datafog.adapter.http.BlockingCalls;
import ai.datafog.adapter.http.ClientIds;
import ai.datafog.adapter.http.ErrorCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Objects;

/**
 * Per-client rate limit (SPEC §10). Runs after authentication, so a client is its token hash, else
 * its remote address. Every limited response carries {@code X-RateLimit-Remaining}; a refusal is
 * 429 {@code rate_limited} with {@code Retry-After} in whole seconds. {@code /health} and CORS
 * preflights are not limited.
 */
public final class RateLimit implements WebFilter, Ordered {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    /** Counter of 429 refusals; registered even when no limit is configured, so dashboards see 0. */
    public static final String REJECTIONS = "datafog.ratelimit.rejections";

    private final RateLimiter limiter;
    private final BlockingCalls blocking;
    private final Counter rejections;

    /** @param blocking where attempts run when the limiter reaches a database (a shared limit) */
    public RateLimit(RateLimiter limiter, BlockingCalls blocking, MeterRegistry registry) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.blocking = Objects.requireNonNull(blocking, "blocking");
        this.rejections = Counter.builder(REJECTIONS)
                .description("requests refused with 429 rate_limited")
                .register(registry);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (EdgeRoutes.isPublic(exchange.getRequest()) || EdgeRoutes.isPreflight(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        String client = ClientIds.of(exchange);
        if (limiter.blocks()) {
            return blocking.call(() -> limiter.tryAcquire(client)).flatMap(verdict -> apply(verdict, exchange, chain));
        }
        return apply(limiter.tryAcquire(client), exchange, chain);
    }

    private Mono<Void> apply(RateLimiter.Verdict verdict, ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().getHeaders().set(REMAINING_HEADER, Long.toString(verdict.remaining()));
        if (verdict.allowed()) {
            return chain.filter(exchange);
        }
        rejections.increment();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        headers.set(REMAINING_HEADER, "0");
        return Mono.error(new ApiException(ErrorCode.RATE_LIMITED, "rate limit exceeded; retry later", null, headers));
    }

    @Override
    public int getOrder() {
        return EdgeOrder.RATE_LIMIT;
    }
}
