package ai.datafog.bootstrap.hostile;

import ai.datafog.bootstrap.ApiTestSupport;
import ai.datafog.bootstrap.hostile.RouteCatalog.Route;
import ai.datafog.testprobe.ProbeController;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserter;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws hostile payloads (jqwik generators in {@link HostileBodies} and {@link HostileUrls}) at every
 * route the running application registered, through the real router, and holds every answer to
 * {@link ResponseContract}. Routes merged later are attacked automatically. The test-only
 * {@link ProbeController} guarantees a body-taking route even where no production POST exists yet.
 * Reproduce a failure with {@code -Dhostile.seed=<seed from the message>}.
 */
@DisplayName("Hostile input on every route gets a 2xx or a 4xx contract error: never a 500, a hang, a stack trace or an echo")
@Import(ProbeController.class)
class HostileInputTest extends ApiTestSupport {

    /** Per-request bound: a hang fails the test instead of stalling the build. */
    private static final Duration PER_REQUEST = Duration.ofSeconds(10);
    private static final long SEED = Long.getLong("hostile.seed", new Random().nextLong());
    private static final int GEN_SIZE = 1000;

    @Autowired
    ApplicationContext context;

    private WebTestClient hostile;

    @BeforeEach
    void connectBoundedClient() {
        hostile = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(PER_REQUEST)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
    }

    @Test
    @DisplayName("the route catalogue is read from the running router and includes body-taking routes")
    void catalogueIsNotEmpty() {
        List<Route> routes = RouteCatalog.of(context);
        assertThat(routes).extracting(Route::toString).contains("GET /health", "POST " + ProbeController.PATH);
        assertThat(routes).anyMatch(Route::takesBody);
    }

    @TestFactory
    @DisplayName("every route that takes a body survives every family of hostile bodies")
    Stream<DynamicTest> hostileBodies() {
        List<Route> routes = RouteCatalog.of(context).stream().filter(Route::takesBody).toList();
        assertThat(routes).isNotEmpty();
        return routes.stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            Map<Integer, Integer> statuses = attack(route, HostileBodies.families());
            if (route.template().equals(ProbeController.PATH)) {
                // On the probe, hostile bodies must reach the parser, not only bounce off the media type check.
                assertThat(statuses).as("statuses on the probe route").containsKeys(200, 400, 415);
            }
        }));
    }

    @TestFactory
    @DisplayName("every route survives hostile path variables and query strings")
    Stream<DynamicTest> hostileUrls() {
        List<Route> routes = RouteCatalog.of(context);
        assertThat(routes).isNotEmpty();
        return routes.stream().map(route -> DynamicTest.dynamicTest(route.toString(),
                () -> attack(route, HostileUrls.families())));
    }

    @Test
    @DisplayName("the harness notices a body that breaks the contract (the checks can fail)")
    void contractCheckBites() {
        Attack attack = Attack.body("self-test", new byte[0], "CANARYselftest");
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-ID", "rid");
        headers.set("Content-Type", "application/json");
        String echo = "{\"error\":{\"code\":\"invalid_request\",\"message\":\"bad CANARYselftest\",\"request_id\":\"rid\"}}";
        String trace = "{\"error\":{\"code\":\"internal_error\",\"message\":\"java.lang.NullPointerException\",\"request_id\":\"rid\"}}";
        String wrongShape = "{\"message\":\"bad\"}";
        assertThat(fails(() -> ResponseContract.check("t", attack, 400, headers, echo.getBytes()))).isTrue();
        assertThat(fails(() -> ResponseContract.check("t", attack, 500, headers, trace.getBytes()))).isTrue();
        assertThat(fails(() -> ResponseContract.check("t", attack, 400, headers, wrongShape.getBytes()))).isTrue();
        String fine = "{\"error\":{\"code\":\"invalid_request\",\"message\":\"text is required\",\"request_id\":\"rid\"}}";
        assertThat(fails(() -> ResponseContract.check("t", attack, 400, headers, fine.getBytes()))).isFalse();
        HttpHeaders elsewhere = new HttpHeaders();
        elsewhere.addAll(headers);
        elsewhere.set(HttpHeaders.LOCATION, "//evil.example/swagger-ui/index.html");
        HttpHeaders sameOrigin = new HttpHeaders();
        sameOrigin.addAll(headers);
        sameOrigin.set(HttpHeaders.LOCATION, "/webjars/swagger-ui/index.html");
        assertThat(fails(() -> ResponseContract.check("t", attack, 302, sameOrigin, new byte[0]))).as("3xx on an API route").isTrue();
        assertThat(fails(() -> ResponseContract.check("t", attack, origin(), 302, elsewhere, new byte[0]))).as("open redirect").isTrue();
        assertThat(fails(() -> ResponseContract.check("t", attack, origin(), 302, headers, new byte[0]))).as("no Location").isTrue();
        assertThat(fails(() -> ResponseContract.check("t", attack, origin(), 302, sameOrigin, new byte[0]))).isFalse();
        assertThat(fails(() -> ResponseContract.check("t", attack, origin(), 500, headers, trace.getBytes()))).as("5xx on a UI route").isTrue();
    }

    /** Sends every family's tries to the route; returns how often each status came back. */
    private Map<Integer, Integer> attack(Route route, Map<Arbitrary<Attack>, Integer> families) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        long seed = SEED ^ route.toString().hashCode();
        Random random = new Random(seed);
        String context = route + " (hostile.seed=" + SEED + ")";
        // jqwik generators need a jqwik session when used outside a @Property (we run under Spring's JUnit lifecycle).
        JqwikSession.start(Long.toString(seed));
        try {
            families.forEach((family, tries) -> {
                var generator = family.generator(GEN_SIZE);
                for (int i = 0; i < tries; i++) {
                    Attack attack = generator.next(random).value();
                    EntityExchangeResult<byte[]> result = send(context, route, attack);
                    ResponseContract.check(context, attack, route.mayRedirect() ? origin() : null, result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
                    statuses.merge(result.getStatus().value(), 1, Integer::sum);
                }
            });
        } finally {
            JqwikSession.finish();
        }
        System.out.println("hostile input: " + context + " statuses " + statuses);
        return statuses;
    }

    private URI origin() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Sends one attack; a missing answer (client timeout, reset) fails naming the attack, not only the route. */
    private EntityExchangeResult<byte[]> send(String context, Route route, Attack attack) {
        try {
            return exchange(route, attack);
        } catch (RuntimeException noAnswer) {
            throw new AssertionError("no answer: " + context + " ← " + attack.describe() + ": " + noAnswer.getMessage(), noAnswer);
        }
    }

    private EntityExchangeResult<byte[]> exchange(Route route, Attack attack) {
        String path = route.path(attack.pathValue());
        URI uri = URI.create("http://127.0.0.1:" + port + path + (attack.query().isEmpty() ? "" : "?" + attack.query()));
        WebTestClient.RequestBodySpec request = hostile.method(route.method()).uri(uri)
                .headers(headers -> {
                    attack.headers().forEach(headers::set);
                    attack.contentType().ifPresent(type -> headers.set(HttpHeaders.CONTENT_TYPE, type));
                });
        WebTestClient.RequestHeadersSpec<?> ready = attack.body() == null || route.method() == HttpMethod.GET
                ? request : request.body(raw(attack.body()));
        return ready.exchange().expectBody().returnResult();
    }

    /** Writes the bytes as they are: no codec, so no client-side parsing of a hostile Content-Type. */
    private static BodyInserter<byte[], org.springframework.http.client.reactive.ClientHttpRequest> raw(byte[] bytes) {
        return (message, ignored) -> message.writeWith(Mono.just(message.bufferFactory().wrap(bytes)));
    }

    private static boolean fails(Runnable check) {
        try {
            check.run();
            return false;
        } catch (AssertionError expected) {
            return true;
        }
    }
}
