package ai.datafog.adapter.http;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Gives every exchange a request id (SPEC §4): the caller's {@code X-Request-ID} when it is at most
 * 128 printable ASCII characters, otherwise a generated one. It is echoed on every response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds implements WebFilter {

    public static final String HEADER = "X-Request-ID";
    private static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
    private static final int MAX_LENGTH = 128;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = of(exchange);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange);
    }

    /** The exchange's request id, assigned on first use. */
    public static String of(ServerWebExchange exchange) {
        Object known = exchange.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = isAcceptable(given) ? given : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        return id;
    }

    static boolean isAcceptable(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
