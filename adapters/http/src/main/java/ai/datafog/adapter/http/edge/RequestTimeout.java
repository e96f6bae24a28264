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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the processing of one request by {@code DATAFOG_REQUEST_TIMEOUT}: when the handler has not
 * finished in time its work is cancelled and the caller gets 503 {@code timeout} with the error body.
 * Once the response has begun to be written (its status and headers committed) the timeout no longer
 * fires: cancelling the write then would leave the client a status and a Content-Length with no body
 * to match, waiting for bytes that never come.
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
        AtomicBoolean writing = new AtomicBoolean();
        exchange.getResponse().beforeCommit(() -> {
            writing.set(true);
            return Mono.empty();
        });
        Mono<Long> expiry = Mono.delay(limit, Schedulers.single())
                .filter(tick -> !writing.get())
                .switchIfEmpty(Mono.never());
        return chain.filter(exchange).timeout(expiry, Mono.defer(() -> exchange.getResponse().isCommitted()
                ? Mono.empty()
                : Mono.error(new ApiException(ErrorCode.TIMEOUT, "request processing took longer than " + limit.toMillis() + " ms"))));
    }

    @Override
    public int getOrder() {
        return EdgeOrder.TIMEOUT;
    }
}
