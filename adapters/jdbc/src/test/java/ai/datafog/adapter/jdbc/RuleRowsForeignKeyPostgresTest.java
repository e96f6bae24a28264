package ai.datafog.adapter.jdbc;

import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.retention.ErasureScope;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import static ai.datafog.domain.receipt.ReceiptBuilder.aReceipt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code receipt_rules} row's foreign key to its receipt is checked when the row is written and
 * cascaded when the receipt is erased, by queries PostgreSQL plans once per connection and keeps.
 * Planned while this month's partitions looked empty to the planner (an {@code ANALYZE} of the
 * database while they were empty: statistics then say "no rows" instead of "never measured"), those
 * plans were sequential scans, repeated for every row for as long as the connection lived: decide
 * latency grew with the month (docs/benchmarks.md, "Retention purge", 2026-11-29 third session).
 * One connection per test, so the plans and the statistics read belong to the same session.
 */
@DisplayName("PostgreSQL rule rows: checked and erased by index, however empty the month looked when analyzed")
class RuleRowsForeignKeyPostgresTest {

    @RegisterExtension
    final MigratedDatabase migrated = MigratedDatabase.postgres();
    private final Instant now = Instant.now();
    private HikariDataSource database;
    private JdbcTemplate jdbc;
    private JdbcReceiptStore store;

    @BeforeEach
    void monthAnalyzedWhileEmpty() {
        database = migrated.get();
        database.setMaximumPoolSize(1);
        jdbc = new JdbcTemplate(database);
        new JdbcReceiptPurgeTarget(database).createUpcomingPartitions(now);
        jdbc.execute("ANALYZE receipts, receipt_rules");
        store = new JdbcReceiptStore(database, GroupCommitSettings.of(1, Duration.ZERO), ForkJoinPool.commonPool());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    @DisplayName("later receipts with rules cause no sequential scan of the month's receipts")
    void ruleRowsOfAMonthAnalyzedEmptyAreCheckedByIndex() {
        appendWithRules(600, "a1");
        String month = partitionOf("receipts");
        long scansAfterFirst = sequentialScans(month);
        appendWithRules(300, "a1");
        long scansAfterSecond = sequentialScans(month);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM receipt_rules", Long.class)).isEqualTo(900);
        assertThat(scansAfterSecond - scansAfterFirst)
                .as("sequential scans of %s while 300 more receipts with a rule each were written", month)
                .isZero();
    }

    @Test
    @DisplayName("an erasure deletes a subject's rule rows without sequential scans of the month's rules, even after one in a near-empty month")
    void erasureCascadesToRuleRowsByIndex() {
        JdbcReceiptPurgeTarget target = new JdbcReceiptPurgeTarget(database);
        appendWithRules(10, "early");
        // The cascades into this month's rules are planned now, while the partition is one page; after
        // five, PostgreSQL keeps a generic plan.
        assertThat(target.deleteSubjectBatch(subject("early"), 100)).isEqualTo(10);
        appendWithRules(600, "kept");
        appendWithRules(300, "erased");
        String rules = partitionOf("receipt_rules");
        long before = sequentialScans(rules);

        assertThat(target.deleteSubjectBatch(subject("erased"), 1_000)).isEqualTo(300);

        assertThat(sequentialScans(rules) - before)
                .as("sequential scans of %s while 300 receipts and their rule rows were erased", rules)
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM receipt_rules", Long.class)).isEqualTo(600);
    }

    private void appendWithRules(int count, String actor) {
        CompletableFuture.allOf(IntStream.range(0, count)
                .mapToObj(i -> store.append(receiptWithRule(actor)))
                .toArray(CompletableFuture[]::new)).join();
    }

    private Receipt receiptWithRule(String actor) {
        return aReceipt().at(now).withTenant("t1").withActor(actor).withRules("deny-shell").build();
    }

    private static ErasureScope subject(String actor) {
        return new ErasureScope("t1", Optional.of(actor), Optional.empty());
    }

    private String partitionOf(String table) {
        return jdbc.queryForObject("SELECT tableoid::regclass::text FROM " + table + " LIMIT 1", String.class);
    }

    /** This session's sequential scans of {@code table}, flushed to the shared statistics first. */
    private long sequentialScans(String table) {
        jdbc.execute("SELECT pg_stat_force_next_flush()");
        return jdbc.queryForObject("SELECT seq_scan FROM pg_stat_user_tables WHERE relid = CAST(? AS regclass)",
                Long.class, table);
    }
}
