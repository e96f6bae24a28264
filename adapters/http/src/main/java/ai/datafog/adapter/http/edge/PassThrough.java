package ai.datafog.adapter.http.edge;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Stands in for an edge filter that the configuration switched off (no CORS origins, no rate limit). */
public record PassThrough(int order) implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return order;
    }
}
