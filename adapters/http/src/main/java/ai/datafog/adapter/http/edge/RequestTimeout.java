package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ApiException;
import ai.datafog.adapter.http.ErrorCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

import java.time.Duration;

/**
 * Bounds the processing of one request by {@code DATAFOG_REQUEST_TIMEOUT}: when the handler has not
 * finished in time its work is cancelled and the caller gets 503 {@code timeout} with the error body.
 * A response that has begun to be written (its status and headers committed) by then gets twice the
 * timeout more to finish: cutting a write short used to leave the client a status and a Content-Length
 * with no body to match, waiting for bytes that never came. A write that outlasts that too (a client
 * that stopped reading) ends with the connection closed, so neither side waits forever.
 */
public final class RequestTimeout implements WebFilter, Ordered {

    /** How many timeouts more a response whose writing has begun gets to finish. */
    static final int WRITE_ALLOWANCE = 2;

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
        Mono<Long> expiry = Mono.delay(limit, Schedulers.single())
                .flatMap(tick -> exchange.getResponse().isCommitted()
                        ? Mono.delay(limit.multipliedBy(WRITE_ALLOWANCE), Schedulers.single())
                        : Mono.just(tick));
        return chain.filter(exchange).timeout(expiry, Mono.defer(() -> {
            ServerHttpResponse response = exchange.getResponse();
            if (response.isCommitted()) {
                // A write that outran its allowance, or one that began in the instant the timer fired:
                // no error body can follow the headers, so the connection is closed and the client sees
                // the response end short instead of waiting for the rest.
                if (ServerHttpResponseDecorator.getNativeResponse(response) instanceof Connection connection) {
                    connection.dispose();
                }
                return Mono.empty();
            }
            return Mono.error(new ApiException(ErrorCode.TIMEOUT,
                    "request processing took longer than " + limit.toMillis() + " ms"));
        }));
    }

    @Override
    public int getOrder() {
        return EdgeOrder.TIMEOUT;
    }
}
