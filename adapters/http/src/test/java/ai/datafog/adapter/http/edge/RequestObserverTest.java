package ai.datafog.adapter.http.edge;

import ai.datafog.adapter.http.ClientIds;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RequestObserverTest {

    private final Logger accessLogger = (Logger) LoggerFactory.getLogger(RequestObserver.ACCESS_LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RequestStats stats = new RequestStats(Clock.systemUTC());
    private final RequestObserver observer = new RequestObserver(new RouteTemplates(List::of), stats, registry);

    @BeforeEach
    void attach() {
        appender.start();
        accessLogger.addAppender(appender);
        accessLogger.setLevel(ch.qos.logback.classic.Level.INFO);
    }

    @AfterEach
    void detach() {
        accessLogger.detachAppender(appender);
    }

    @Test
    @DisplayName("one access line per request with request id, route, method, status, latency and client hash, and nothing secret")
    void oneStructuredLinePerRequest() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .post("/v1/unknown?email=canary-query@example.com")
                .header("X-API-Key", "canary-token-value")
                .header("X-Request-ID", "rid-log-1")
                .body("{\"text\":\"canary-body-text\"}"));
        ClientIds.assign(exchange, "0123456789abcdef");

        observer.filter(exchange, ex -> {
            ex.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return ex.getResponse().setComplete();
        }).block();

        assertThat(appender.list).hasSize(1);
        ILoggingEvent line = appender.list.get(0);
        Map<String, Object> fields = line.getKeyValuePairs().stream()
                .collect(Collectors.toMap(kv -> kv.key, kv -> kv.value));
        assertThat(fields).containsEntry("request_id", "rid-log-1")
                .containsEntry("route", RouteTemplates.NOT_FOUND)
                .containsEntry("method", "POST")
                .containsEntry("status", 404)
                .containsEntry("client", "token:0123456789abcdef")
                .containsKey("latency_ms");
        String everything = line.getFormattedMessage() + line.getKeyValuePairs().stream()
                .map(KeyValuePair::toString).collect(Collectors.joining());
        assertThat(everything).doesNotContain("canary");
        assertThat(stats.snapshot().byPath()).containsEntry(RouteTemplates.NOT_FOUND, 1L);
        assertThat(registry.get(RequestObserver.TIMER).tag("route", RouteTemplates.NOT_FOUND).tag("status", "404").timer().count())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("an unauthenticated client is logged as a hash of its address, not the address")
    void addressIsHashed() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/health")
                .remoteAddress(new java.net.InetSocketAddress("203.0.113.77", 5555)));
        observer.filter(exchange, ex -> ex.getResponse().setComplete()).block();
        Object client = appender.list.get(0).getKeyValuePairs().stream()
                .filter(kv -> kv.key.equals("client")).findFirst().orElseThrow().value;
        assertThat(client.toString()).startsWith("addr:").doesNotContain("203.0.113.77");
        assertThat(appender.list.get(0).getFormattedMessage()).doesNotContain("203.0.113.77");
    }

    @Test
    @DisplayName("non-standard methods are counted as OTHER, keeping metric keys bounded")
    void methodsAreBounded() {
        assertThat(RequestStats.methodKey("BREW")).isEqualTo("OTHER");
        assertThat(RequestStats.methodKey("GET")).isEqualTo("GET");
    }
}
