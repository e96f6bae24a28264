package ai.datafog.adapter.http.edge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-process request counters behind {@code GET /metrics} (SPEC §4.2). Keys are bounded: statuses,
 * route templates and a fixed set of methods (anything else counts as {@code OTHER}).
 */
public final class RequestStats {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Clock clock;
    private final Instant startedAt;
    private final LongAdder total = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byMethod = new ConcurrentHashMap<>();

    public RequestStats(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** The method name as counted: one of the standard methods, else {@code OTHER}. */
    static String methodKey(String method) {
        return method != null && METHODS.contains(method) ? method : "OTHER";
    }

    public void record(String method, String route, int status) {
        total.increment();
        if (status >= 400) {
            errors.increment();
        }
        byStatus.computeIfAbsent(Integer.toString(status), k -> new LongAdder()).increment();
        byPath.computeIfAbsent(route, k -> new LongAdder()).increment();
        byMethod.computeIfAbsent(methodKey(method), k -> new LongAdder()).increment();
    }

    public Snapshot snapshot() {
        Instant now = clock.instant();
        return new Snapshot(total.sum(), errors.sum(), sums(byStatus), sums(byPath), sums(byMethod),
                startedAt, Math.max(0, Duration.between(startedAt, now).toSeconds()));
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counters) {
        Map<String, Long> sorted = new TreeMap<>();
        counters.forEach((key, adder) -> sorted.put(key, adder.sum()));
        return sorted;
    }

    /** A consistent-enough copy of the counters at one moment. */
    public record Snapshot(long totalRequests, long errorRequests, Map<String, Long> byStatus,
                           Map<String, Long> byPath, Map<String, Long> byMethod, Instant startedAt,
                           long uptimeSeconds) {

        public Snapshot {
            byStatus = Map.copyOf(byStatus);
            byPath = Map.copyOf(byPath);
            byMethod = Map.copyOf(byMethod);
        }
    }
}
