import ai.datafog.adapter.jdbc.GroupCommitSettings;
import ai.datafog.adapter.jdbc.JdbcReceiptStore;
import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;
import com.zaxxer.hikari.HikariDataSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;

/**
 * Latency of the receipt list query (tenant + 7-day range + limit 50, first page and the page after
 * it) through JdbcReceiptStore, on a seeded schema. Arguments: JDBC URL, iterations, tenants.
 */
public final class QueryLatency {

    public static void main(String[] args) {
        String url = args[0];
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int tenants = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setMaximumPoolSize(2);
            try (JdbcReceiptStore store = new JdbcReceiptStore(dataSource, GroupCommitSettings.of(1, Duration.ZERO),
                    ForkJoinPool.commonPool())) {
                SplittableRandom random = new SplittableRandom(42);
                Instant end = Instant.parse("2025-06-01T00:00:00Z");
                run(store, random, end, tenants, 300);
                long[] first = new long[iterations];
                long[] second = new long[iterations];
                long rows = 0;
                for (int i = 0; i < iterations; i++) {
                    long[] times = once(store, random, end, tenants);
                    first[i] = times[0];
                    second[i] = times[1];
                    rows += times[2];
                }
                report("first page ", first);
                report("second page", second);
                System.out.printf("average rows per first page: %.1f%n", rows / (double) iterations);
            }
        }
    }

    private static void run(JdbcReceiptStore store, SplittableRandom random, Instant end, int tenants, int n) {
        for (int i = 0; i < n; i++) {
            once(store, random, end, tenants);
        }
    }

    private static long[] once(JdbcReceiptStore store, SplittableRandom random, Instant end, int tenants) {
        String tenant = "tenant-" + random.nextInt(tenants);
        Instant to = end.minus(Duration.ofHours(random.nextInt(83 * 24)));
        Instant from = to.minus(Duration.ofDays(7));
        ReceiptQuery query = new ReceiptQuery(tenant, null, null, null, null, null, from, to, 50, null);
        long started = System.nanoTime();
        ReceiptPage page = store.query(query);
        long firstNanos = System.nanoTime() - started;
        long secondNanos = 0;
        if (page.next().isPresent()) {
            started = System.nanoTime();
            store.query(query.after(page.next().get()));
            secondNanos = System.nanoTime() - started;
        }
        return new long[]{firstNanos, secondNanos, page.receipts().size()};
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s  n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms%n", name, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
