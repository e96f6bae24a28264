package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ApiException;
import ai.datafog.adapter.http.ErrorCode;
import ai.datafog.adapter.http.RequestIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;

/**
 * Browser access for exactly the configured origins ({@code DATAFOG_CORS_ORIGINS}); only installed
 * when that list is non-empty. An allowed origin is echoed (it is one of ours); any other origin
 * gets no CORS header at all, and its preflight is refused with 403 {@code forbidden}. Preflights
 * are answered here, before authentication, because browsers never send credentials on them.
 */
public final class CorsPolicy implements WebFilter, Ordered {

    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-API-Key, X-Request-ID";
    static final String EXPOSED_HEADERS = RequestIds.HEADER + ", " + HttpHeaders.RETRY_AFTER + ", "
            + RateLimit.REMAINING_HEADER;
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    public CorsPolicy(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String origin = request.getHeaders().getOrigin();
        if (origin == null) {
            return chain.filter(exchange);
        }
        boolean allowed = origins.contains(origin);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (EdgeRoutes.isPreflight(request)) {
            if (!allowed) {
                return Mono.error(new ApiException(ErrorCode.FORBIDDEN, "origin is not allowed"));
            }
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
            exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
            return exchange.getResponse().setComplete();
        }
        if (allowed) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return EdgeOrder.CORS;
    }
}
