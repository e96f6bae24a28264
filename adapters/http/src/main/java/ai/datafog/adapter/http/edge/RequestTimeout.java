package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ApiException;
import ai.datafog.adapter.http.ErrorCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/**
 * Bounds the processing of one request by {@code DATAFOG_REQUEST_TIMEOUT}: when the handler has not
 * finished in time its work is cancelled and the caller gets 503 {@code timeout} with the error body.
 */
public final class RequestTimeout implements WebFilter, Ordered {

    private final Duration limit;

    public RequestTimeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive");
        }
        this.limit = limit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // The timer runs on Reactor's single scheduler, not the default parallel one: the parallel
        // workers are the ones busy with long CPU work (CpuWork), and a timer queued behind it fires late.
        return chain.filter(exchange).timeout(limit, Mono.defer(() -> exchange.getResponse().isCommitted()
                ? Mono.empty()
                : Mono.error(new ApiException(ErrorCode.TIMEOUT, "request processing took longer than " + limit.toMillis() + " ms"))),
                Schedulers.single());
    }

    @Override
    public int getOrder() {
        return EdgeOrder.TIMEOUT;
    }
}
