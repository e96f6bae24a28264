package ai.datafog.edgetest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import ai.datafog.adapter.http.CpuWork;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Routes that exist only in tests (a slow one, a failing one, a POST, a templated one, an admin one),
 * so the edge can be proven generically before the product routes land. Outside the scanned
 * packages: a test imports it explicitly.
 */
@RestController
public class TestRoutes {

    @GetMapping("/test/slow")
    public Mono<Map<String, Object>> slow(@RequestParam(name = "ms", defaultValue = "1000") long millis) {
        return Mono.delay(Duration.ofMillis(millis)).thenReturn(Map.of("slept_ms", millis));
    }

    /** Counted down each time {@code /test/cpu} work sees its thread interrupted and stops. */
    public static final Semaphore CPU_WORK_STOPPED = new Semaphore(0);

    /** CPU work as a large body's scan runs it (on a parallel worker), spinning until interrupted (at most 30 s). */
    @GetMapping("/test/cpu")
    public Mono<Map<String, Object>> cpu() {
        return CpuWork.of(new byte[CpuWork.INLINE_LIMIT_BYTES + 1], () -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (Thread.currentThread().isInterrupted()) {
                    CPU_WORK_STOPPED.release();
                    throw new CancellationException("cpu work interrupted");
                }
                Thread.onSpinWait();
            }
            return Map.of("spun", true);
        });
    }

    /** A response committed at once whose body then arrives over {@code ms} milliseconds, in ten parts. */
    @GetMapping("/test/slow-write")
    public Mono<Void> slowWrite(@RequestParam(name = "ms", defaultValue = "1000") long millis,
                                ServerWebExchange exchange) {
        var response = exchange.getResponse();
        response.getHeaders().setContentType(MediaType.TEXT_PLAIN);
        response.getHeaders().setContentLength(10);
        return response.writeAndFlushWith(Flux.interval(Duration.ZERO, Duration.ofMillis(millis / 10))
                .take(10)
                .map(i -> Mono.just(response.bufferFactory().wrap(new byte[] {(byte) ('0' + i)}))));
    }

    @GetMapping("/test/boom")
    public Mono<Map<String, Object>> boom() {
        throw new IllegalStateException("deliberate failure with secret detail");
    }

    @GetMapping("/test/items/{id}")
    public Map<String, Object> item(@PathVariable("id") String id) {
        return Map.of("found", true);
    }

    @PostMapping(path = "/test/upload", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> upload(@RequestBody byte[] body) {
        return Map.of("bytes", body.length);
    }

    @GetMapping("/v1/retention/test-admin")
    public Map<String, Object> admin() {
        return Map.of("admin", true);
    }
}
