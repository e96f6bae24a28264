package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ClientIds;
import ai.datafog.adapter.http.RequestIds;
import ai.datafog.domain.crypto.Digests;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Observes every response when it is committed, whatever produced it (a handler, the error handler,
 * a refusal by auth, rate limit or body limit): counts it for {@code /metrics}, times it for
 * Prometheus by route template, method and status, and writes one access-log line. Nothing from the
 * request body, query string or credentials is recorded; the client appears as a token hash or a
 * process-local hash of its address.
 */
public final class RequestObserver implements WebFilter, Ordered {

    static final String ACCESS_LOGGER = "ai.datafog.access";
    static final String TIMER = "datafog.http.requests";
    private static final Logger access = LoggerFactory.getLogger(ACCESS_LOGGER);
    private static final String TOKEN_PREFIX = "token:";

    private final RouteTemplates routes;
    private final RequestStats stats;
    private final MeterRegistry registry;
    /** One timer per method, status and route template: finite, since routes are templates. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Digests addressHashes = Digests.randomlyKeyed(new SecureRandom());

    public RequestObserver(RouteTemplates routes, RequestStats stats, MeterRegistry registry) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        exchange.getResponse().beforeCommit(() -> {
            observe(exchange, System.nanoTime() - start);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private void observe(ServerWebExchange exchange, long nanos) {
        HttpStatusCode code = exchange.getResponse().getStatusCode();
        int status = code == null ? 200 : code.value();
        String method = RequestStats.methodKey(exchange.getRequest().getMethod().name());
        String route = routes.of(exchange, status);
        stats.record(method, route, status);
        timers.computeIfAbsent(method + ' ' + status + ' ' + route, key -> Timer.builder(TIMER)
                        .description("HTTP requests by route template, method and status")
                        .tags("route", route, "method", method, "status", Integer.toString(status))
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
        if (access.isInfoEnabled()) {
            long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
            String requestId = RequestIds.of(exchange);
            String client = clientHash(ClientIds.of(exchange));
            access.atInfo()
                    .addKeyValue("request_id", requestId)
                    .addKeyValue("method", method)
                    .addKeyValue("route", route)
                    .addKeyValue("status", status)
                    .addKeyValue("latency_ms", millis)
                    .addKeyValue("client", client)
                    .log("{} {} {} {}ms request_id={} client={}", method, route, status, millis, requestId, client);
        }
    }

    private String clientHash(String clientId) {
        if (clientId.startsWith(TOKEN_PREFIX)) {
            return clientId;
        }
        return "addr:" + addressHashes.hex(clientId).substring(0, TokenSet.CLIENT_ID_HEX);
    }

    @Override
    public int getOrder() {
        return EdgeOrder.OBSERVE;
    }
}
