package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget.Partition;
import ai.datafog.application.port.out.ReceiptPurgeTarget.TenantRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The monthly partitions of {@code receipts} and {@code receipt_rules} on PostgreSQL (Flyway V40): lists
 * them with their bounds as the catalog states them, creates the coming months' pairs, and drops a pair
 * whose receipts are all expired. Partition names in SQL are the catalog's own {@code regclass} text
 * (quoted and schema-qualified by PostgreSQL as needed) or names built here from a month number.
 */
final class ReceiptPartitions {

    /** The current month and this many after it get their partitions ahead of time. */
    static final int MONTHS_AHEAD = 2;
    /** How long a drop or create waits for a table lock before giving up for now (decisions queue behind it). */
    static final String LOCK_TIMEOUT = "200ms";
    /** lock_not_available (lock_timeout ran out) and deadlock_detected: try again later. */
    private static final Set<String> BUSY = Set.of(Failures.LOCK_NOT_AVAILABLE, "40P01");
    private static final int DROP_ATTEMPTS = 3;
    private static final long DROP_RETRY_PAUSE_MILLIS = 100;
    /**
     * Receipts fetched per statement while counting: about 2 MiB of a month's heap, a millisecond or so
     * of one core, so a decision that needs the core waits at most that long behind a fetch
     * (docs/benchmarks.md, "Smaller slices" and "The stalls").
     */
    private static final int COUNT_FETCH_ROWS = 5000;
    /**
     * After each fetch the count rests this many times as long as the fetch took: it reads (a core, and the
     * disk when the month is not cached) a quarter of the time at most. First purges after a start kept
     * decisions' p99 within 2x in 12 of 12 runs resting three times as long, 2 of 5 resting as long, the same
     * hour (docs/benchmarks.md, "A gentler count").
     */
    private static final int COUNT_REST_PER_FETCH = 3;
    /** The planner settings that allow reading a table through an index (turned off to declare the count's cursor). */
    private static final List<String> INDEX_SCANS = List.of("enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan");
    private static final Logger log = LoggerFactory.getLogger(ReceiptPartitions.class);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("'y'yyyy'm'MM", Locale.ROOT);
    private static final String BOUNDS = "'FROM \\(''([^'']*)''\\) TO \\(''([^'']*)''\\)'";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int countFetchRows;

    ReceiptPartitions(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this(jdbc, transaction, COUNT_FETCH_ROWS);
    }

    /** With {@code countFetchRows} receipts fetched per statement while counting (tests use small fetches). */
    ReceiptPartitions(JdbcTemplate jdbc, TransactionTemplate transaction, int countFetchRows) {
        if (countFetchRows < 1) {
            throw new IllegalArgumentException("countFetchRows must be at least 1");
        }
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.countFetchRows = countFetchRows;
    }

    /** The range partitions of {@code table} ({@code receipts} or {@code receipt_rules}), by end; not the default one. */
    List<Partition> of(String table) {
        return jdbc.query("SELECT c.oid::regclass::text AS name, m.b[1]::timestamptz AS range_start,"
                        + " m.b[2]::timestamptz AS range_end FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " CROSS JOIN LATERAL (SELECT regexp_match(pg_get_expr(c.relpartbound, c.oid), " + BOUNDS
                        + ") AS b) AS m WHERE i.inhparent = CAST(? AS regclass) AND m.b IS NOT NULL ORDER BY range_end",
                (rs, n) -> new Partition(rs.getString("name"), Timestamps.read(rs, "range_start"),
                        Timestamps.read(rs, "range_end")), table);
    }

    /** Creates the receipts + rules pair for this month and the next {@link #MONTHS_AHEAD}; never fails the caller. */
    void createUpcoming(Instant now) {
        LocalDate month = now.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        List<Partition> existing;
        try {
            existing = of("receipts");
        } catch (DataAccessException unreadable) {
            log.warn("receipt partitions not checked ({}); new receipts go to the default partition",
                    Failures.describe(unreadable));
            return;
        }
        for (int i = 0; i <= MONTHS_AHEAD; i++) {
            LocalDate start = month.plusMonths(i);
            Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = start.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            boolean present = existing.stream().anyMatch(p -> p.start().isBefore(to) && p.end().isAfter(from));
            if (!present) {
                create(start, from, to);
            }
        }
    }

    private void create(LocalDate month, Instant from, Instant to) {
        String suffix = MONTH_NAME.format(month);
        String bounds = " FOR VALUES FROM ('" + from + "') TO ('" + to + "')";
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
                jdbc.execute("CREATE TABLE receipts_" + suffix + " PARTITION OF receipts" + bounds);
                jdbc.execute("CREATE TABLE receipt_rules_" + suffix + " PARTITION OF receipt_rules" + bounds);
                jdbc.execute("ALTER TABLE receipt_rules_" + suffix + " ADD FOREIGN KEY (receipt_id, created_at)"
                        + " REFERENCES receipts_" + suffix + " (receipt_id, created_at) ON DELETE CASCADE");
            });
            log.info("created receipt partitions for {}", suffix);
        } catch (DataAccessException notCreated) {
            // Busy tables, another replica creating the same pair, or rows of that month already in the
            // default partition: receipts of the month then stay in the default partition, which batched
            // deletes purge. The next purge or start tries again.
            log.warn("receipt partitions for {} not created ({}); that month's receipts go to the default partition",
                    suffix, Failures.describe(notCreated));
        }
    }

    /**
     * Empties and drops {@code partition} and its rules partition if every receipt in it is expired and
     * unprotected. First transaction: the partition is locked against writes while its tenants are
     * counted (so the counts are what goes), then both are truncated; tried again briefly when a lock is
     * not granted in {@link #LOCK_TIMEOUT}. That commit unlinks the files (seconds for gigabytes) holding
     * locks on the two partitions only, never on {@code receipts}, so decisions keep inserting. Second
     * transaction: the empty pair is dropped, a brief lock on the parents; if that fails, the empty pair
     * stays and the next purge drops it.
     */
    Optional<Map<Optional<String>, Long>> dropIfExpired(Partition partition,
                                                       Supplier<Function<Optional<String>, TenantRule>> rules) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<Emptied> emptied = transaction.execute(status -> emptyIfExpired(partition, rules));
                if (emptied == null || emptied.isEmpty()) {
                    return Optional.empty();
                }
                long truncated = (System.nanoTime() - started) / 1_000_000;
                drop(emptied.get());
                log.info("purged receipt partition {} ({} receipts): counted in {} ms, emptied after {} ms (attempt {}),"
                        + " dropped after {} ms", partition.name(),
                        emptied.get().counts().values().stream().mapToLong(Long::longValue).sum(),
                        emptied.get().countMillis(), truncated, attempt, (System.nanoTime() - started) / 1_000_000);
                return Optional.of(emptied.get().counts());
            } catch (DataAccessException failure) {
                String state = Failures.sqlState(failure);
                if (state == null || !BUSY.contains(state)) {
                    throw failure;
                }
                if (attempt == DROP_ATTEMPTS) {
                    log.warn("receipt partition {} kept: its tables stayed busy; batched deletes purge it", partition.name());
                    return Optional.empty();
                }
                pause(Duration.ofMillis(attempt * DROP_RETRY_PAUSE_MILLIS));
            }
        }
    }

    /** A partition pair just truncated, and how many receipts of each tenant it held. */
    private record Emptied(String receiptsPartition, String rulesPartition, Map<Optional<String>, Long> counts,
                           long countMillis) {
    }

    private Optional<Emptied> emptyIfExpired(Partition partition, Supplier<Function<Optional<String>, TenantRule>> rules) {
        jdbc.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
        // Counting reads the whole partition (countByTenant) on one core at a time: no parallel workers,
        // no JIT compile. Measured in docs/benchmarks.md.
        jdbc.execute("SET LOCAL max_parallel_workers_per_gather = 0");
        jdbc.execute("SET LOCAL jit = off");
        Optional<Partition> rulesPartition = of("receipt_rules").stream()
                .filter(p -> p.start().equals(partition.start()) && p.end().equals(partition.end())).findFirst();
        if (rulesPartition.isEmpty()) {
            return Optional.empty();
        }
        jdbc.execute("LOCK TABLE " + partition.name() + " IN EXCLUSIVE MODE");
        long counting = System.nanoTime();
        Map<Optional<String>, Long> counts = countByTenant(partition);
        long countMillis = (System.nanoTime() - counting) / 1_000_000;
        // From here until the truncation commits no hold or policy change can commit (it waits for the gate),
        // so the rules read now are the ones in force when the rows go. Taken after the count, so changes
        // wait for the truncation only; an erasure batch holding the gate makes this attempt time out and retry.
        JdbcRetentionRulesGate.lock(jdbc);
        Function<Optional<String>, TenantRule> ruleOf = rules.get();
        for (Optional<String> tenant : counts.keySet()) {
            TenantRule rule = ruleOf.apply(tenant);
            if (!rule.expiresWhole(partition) || holdsActorReceipts(partition, tenant, rule)) {
                return Optional.empty();
            }
        }
        jdbc.execute("TRUNCATE " + rulesPartition.get().name() + ", " + partition.name());
        return Optional.of(new Emptied(partition.name(), rulesPartition.get().name(), counts, countMillis));
    }

    /**
     * Receipts per tenant in {@code partition}: one sequential scan through a cursor, {@code countFetchRows}
     * receipts per fetch, counted here; after each fetch the count rests {@link #COUNT_REST_PER_FETCH} times
     * as long as the fetch took, so it holds a core for one fetch at a time, a quarter of the time. A
     * sequential scan of a large table reads through PostgreSQL's small ring of buffers, so the count
     * neither evicts the decisions' pages from shared buffers nor writes out their dirty ones, as scans
     * of page ranges did (docs/benchmarks.md, "The stalls"). The caller holds a lock that keeps rows
     * from being added or removed, so the scan sees every receipt of the partition.
     */
    private Map<Optional<String>, Long> countByTenant(Partition partition) {
        // Keyed by the column's value, null for receipts without a tenant (HashMap takes a null key).
        Map<String, long[]> byTenant = new HashMap<>();
        // The cursor's plan is made here, once. Index paths are off for it alone: where random reads are priced
        // near sequential ones (random_page_cost = 1.1, a common setting on SSDs), the planner would read the
        // tenant index instead (an index-only scan), and an index is read through all of shared buffers, not
        // the ring. They are back on for the rest of the transaction: the held-actor check uses an index.
        for (String scan : INDEX_SCANS) {
            jdbc.execute("SET LOCAL " + scan + " = off");
        }
        jdbc.execute("DECLARE receipts_count NO SCROLL CURSOR FOR SELECT tenant_id FROM " + partition.name());
        for (String scan : INDEX_SCANS) {
            jdbc.execute("SET LOCAL " + scan + " TO DEFAULT");
        }
        while (true) {
            long fetchStarted = System.nanoTime();
            int[] fetched = {0};
            jdbc.query("FETCH FORWARD " + countFetchRows + " FROM receipts_count", rs -> {
                fetched[0]++;
                byTenant.computeIfAbsent(rs.getString("tenant_id"), t -> new long[1])[0]++;
            });
            if (fetched[0] < countFetchRows) {
                break;
            }
            pause(Duration.ofNanos(COUNT_REST_PER_FETCH * (System.nanoTime() - fetchStarted)));
        }
        jdbc.execute("CLOSE receipts_count");
        Map<Optional<String>, Long> counts = new HashMap<>();
        byTenant.forEach((tenant, receipts) -> counts.put(Optional.ofNullable(tenant), receipts[0]));
        return counts;
    }

    private void drop(Emptied emptied) {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
                // Dropping a partition locks its parent. The receipt writer locks receipts, then
                // receipt_rules; taking them in the same order means waiting only for the writer's
                // transaction in flight, never a deadlock that holds decisions until the timeout.
                jdbc.execute("LOCK TABLE ONLY receipts, ONLY receipt_rules IN ACCESS EXCLUSIVE MODE");
                jdbc.execute("DROP TABLE " + emptied.rulesPartition() + ", " + emptied.receiptsPartition());
            });
        } catch (DataAccessException notDropped) {
            log.warn("receipt partition {} emptied but not dropped ({}); the next purge drops it",
                    emptied.receiptsPartition(), Failures.describe(notDropped));
        }
    }

    private boolean holdsActorReceipts(Partition partition, Optional<String> tenant, TenantRule rule) {
        List<String> actors = List.copyOf(rule.protect().heldActors());
        if (actors.isEmpty() || tenant.isEmpty()) {
            return false;
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(tenant.get());
        arguments.addAll(actors);
        Boolean held = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + partition.name()
                + " WHERE tenant_id = ? AND actor_id IN (" + JdbcReceiptPurgeTarget.placeholders(actors.size())
                + "))", Boolean.class, arguments.toArray());
        return Boolean.TRUE.equals(held);
    }

    private static void pause(Duration length) {
        try {
            TimeUnit.NANOSECONDS.sleep(length.toNanos());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a purge of receipt partitions paused", interrupted);
        }
    }
}
