package ai.datafog.adapter.jdbc;

import ai.datafog.domain.receipt.Receipt;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import static ai.datafog.domain.receipt.ReceiptBuilder.aReceipt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receipt writer's foreign-key checks (a {@code receipt_rules} row needs its receipt) are queries
 * PostgreSQL plans once per connection and keeps. Planned while this month's partition looked empty
 * to the planner (an {@code ANALYZE} of the database while the partition was empty: statistics then
 * say "no rows" instead of "never measured"), that plan was a sequential scan, run for every rule row
 * for as long as the connection lived: decide latency grew with the month (docs/benchmarks.md,
 * "Retention purge", 2026-11-29 third session).
 */
@DisplayName("PostgreSQL receipt writer: rule rows are checked against their receipt by index, however empty the month looked when analyzed")
class ReceiptWriterPostgresTest {

    private HikariDataSource database;
    private JdbcReceiptStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @DisplayName("after an ANALYZE of the empty month, later receipts with rules cause no sequential scan of the month's receipts")
    void ruleRowsOfAMonthAnalyzedEmptyAreCheckedByIndex() {
        database = TestDatabases.postgres();
        // One connection: the writer's plans and the statistics read below belong to the same session.
        database.setMaximumPoolSize(1);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Instant now = Instant.now();
        new JdbcReceiptPurgeTarget(database).createUpcomingPartitions(now);
        jdbc.execute("ANALYZE receipts, receipt_rules");
        store = new JdbcReceiptStore(database, GroupCommitSettings.of(1, Duration.ZERO), ForkJoinPool.commonPool());

        appendWithRules(600, now);
        String month = jdbc.queryForObject("SELECT tableoid::regclass::text FROM receipts LIMIT 1", String.class);
        long scansAfterFirst = sequentialScans(jdbc, month);
        appendWithRules(300, now);
        long scansAfterSecond = sequentialScans(jdbc, month);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM receipt_rules", Long.class)).isEqualTo(900);
        assertThat(scansAfterSecond - scansAfterFirst)
                .as("sequential scans of %s while 300 more receipts with a rule each were written", month)
                .isZero();
    }

    private void appendWithRules(int count, Instant at) {
        CompletableFuture.allOf(IntStream.range(0, count)
                .mapToObj(i -> store.append(receiptWithRule(at)))
                .toArray(CompletableFuture[]::new)).join();
    }

    private static Receipt receiptWithRule(Instant at) {
        return aReceipt().at(at).withTenant("t1").withActor("a1").withRules("deny-shell").build();
    }

    /** This session's sequential scans of {@code table}, flushed to the shared statistics first. */
    private static long sequentialScans(JdbcTemplate jdbc, String table) {
        jdbc.execute("SELECT pg_stat_force_next_flush()");
        return jdbc.queryForObject("SELECT seq_scan FROM pg_stat_user_tables WHERE relid = CAST(? AS regclass)",
                Long.class, table);
    }
}
