package ai.datafog.adapter.http;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Locale;

/**
 * Actuator answers some misses itself — {@code /actuator/health/<unknown>} is a body-less 404 — instead
 * of raising an error, so {@link ApiErrorHandler} never sees them. This turns a body-less 4xx from an
 * actuator route into the failure it stands for, so it gets the contract body (SPEC §4.1) like any other,
 * and refuses an encoded slash in an actuator path as a 404 before actuator answers it with a 500.
 */
@Component
public class ActuatorErrors implements WebFilter, Ordered {

    private static final String PREFIX = "/actuator/";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith(PREFIX)) {
            return chain.filter(exchange);
        }
        if (hasEncodedSlash(exchange)) {
            // No actuator path has a slash inside a segment; health's group lookup asserts that and would answer 500.
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return chain.filter(exchange.mutate().response(new EmptyErrorsFail(exchange.getResponse())).build());
    }

    private static boolean hasEncodedSlash(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().toLowerCase(Locale.ROOT).contains("%2f");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Completing a 4xx without a body becomes an error the contract handler renders. */
    private static final class EmptyErrorsFail extends ServerHttpResponseDecorator {

        EmptyErrorsFail(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> setComplete() {
            HttpStatusCode status = getStatusCode();
            if (status != null && status.is4xxClientError() && !isCommitted()) {
                return Mono.error(new ResponseStatusException(status));
            }
            return super.setComplete();
        }
    }
}
