package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget.ExpiredBatch;
import ai.datafog.application.port.out.ReceiptPurgeTarget.Partition;
import ai.datafog.application.port.out.ReceiptPurgeTarget.TenantRule;
import ai.datafog.domain.retention.HoldCoverage;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;
import ai.datafog.domain.retention.TenantPurge;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("PostgreSQL receipt partitions: created ahead, dropped whole when all expired, kept when anything in them must stay")
class ReceiptPartitionsPostgresTest extends RetentionFixture {

    ReceiptPartitionsPostgresTest() {
        super(MigratedDatabase.postgres());
    }

    private JdbcReceiptPurgeTarget target() {
        return new JdbcReceiptPurgeTarget(database);
    }

    /** The first instant of the UTC month 200 days ago: well past the 90-day default retention. */
    private Instant oldMonth() {
        return daysAgo(200).atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private List<Partition> partitions(String table) {
        return new ReceiptPartitions(new JdbcTemplate(database), null).of(table);
    }

    private String partitionOf(UUID receiptId) {
        return new JdbcTemplate(database).queryForObject(
                "SELECT tableoid::regclass::text FROM receipts WHERE receipt_id = ?", String.class, receiptId);
    }

    private static Map<Optional<String>, Long> receiptsByTenant(PurgeRecord record) {
        return record.tenants().stream().collect(Collectors.toMap(TenantPurge::tenantId, TenantPurge::receipts));
    }

    @Test
    @DisplayName("this month and the next two get a receipts + rules pair with the same UTC month bounds, once")
    void createsThisMonthAndTheNextTwoOnce() {
        Instant now = clock.instant();
        target().createUpcomingPartitions(now);
        target().createUpcomingPartitions(now);

        LocalDate month = now.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        List<Instant> starts = List.of(0, 1, 2).stream()
                .map(i -> month.plusMonths(i).atStartOfDay(ZoneOffset.UTC).toInstant()).toList();
        assertThat(partitions("receipts")).extracting(Partition::start).containsExactlyElementsOf(starts);
        assertThat(partitions("receipts")).extracting(Partition::end)
                .containsExactly(starts.get(1), starts.get(2), month.plusMonths(3).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(partitions("receipt_rules")).extracting(Partition::start, Partition::end)
                .isEqualTo(partitions("receipts").stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.start(), p.end())).toList());
        UUID id = SeededReceipts.insert(database, "acme", "a", null, now);
        assertThat(partitionOf(id)).endsWith(String.format("receipts_y%04dm%02d", month.getYear(), month.getMonthValue()));
    }

    @Test
    @DisplayName("a month whose rows already sit in the default partition is skipped without failing; the others are created")
    void monthAlreadyInTheDefaultPartitionIsSkipped() {
        Instant now = clock.instant();
        UUID early = SeededReceipts.insert(database, "acme", "a", null, now);

        target().createUpcomingPartitions(now);

        assertThat(partitions("receipts")).hasSize(2).allSatisfy(p -> assertThat(p.start()).isAfter(now));
        assertThat(partitions("receipt_rules")).hasSize(2);
        assertThat(partitionOf(early)).endsWith("receipts_default");
        UUID later = SeededReceipts.insert(database, "acme", "a", null, now.plusSeconds(1));
        assertThat(partitionOf(later)).endsWith("receipts_default");
    }

    @Test
    @DisplayName("a purge drops a month whose receipts are all expired, with their rule rows, and counts them per tenant")
    void expiredMonthIsDroppedWhole() {
        target().createUpcomingPartitions(oldMonth());
        Instant inside = oldMonth().plus(3, ChronoUnit.DAYS);
        UUID one = SeededReceipts.insert(database, "acme", "a", null, inside);
        UUID two = SeededReceipts.insert(database, "acme", "b", null, inside.plusSeconds(1));
        SeededReceipts.insert(database, null, null, null, inside.plusSeconds(2));
        SeededReceipts.insertRule(database, one, "allow-all");
        SeededReceipts.insertRule(database, two, "allow-all");
        UUID fresh = SeededReceipts.insert(database, "acme", "a", null, daysAgo(1));
        HookedPurgeTarget counting = hooked(batch -> { });

        PurgeRecord record = ran(service("a", 100, java.time.Duration.ofMinutes(2), counting).purge(scheduled()));

        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(3);
        assertThat(receiptsByTenant(record)).isEqualTo(Map.of(Optional.of("acme"), 2L, Optional.empty(), 1L));
        assertThat(SeededReceipts.ids(database)).containsExactly(fresh);
        assertThat(SeededReceipts.ruleReceiptIds(database)).isEmpty();
        assertThat(partitions("receipts")).allSatisfy(p -> assertThat(p.start()).isAfter(oldMonth().plus(90, ChronoUnit.DAYS)));
        assertThat(partitions("receipt_rules")).extracting(Partition::start)
                .isEqualTo(partitions("receipts").stream().map(Partition::start).toList());
    }

    @ParameterizedTest(name = "{0} receipts per fetch")
    @ValueSource(ints = {7, 50, 1000})
    @DisplayName("a month counted in fetches (a last partial one, an exact multiple, all in one) adds up to exactly its"
            + " receipts per tenant, those without a tenant included")
    void fetchedCountAddsUpToThePartition(int rowsPerFetch) {
        Partition month = oldMonthPartition();
        Instant inside = oldMonth().plus(3, ChronoUnit.DAYS);
        for (int i = 0; i < 150; i++) {
            String tenant = switch (i % 3) {
                case 0 -> null;
                case 1 -> "acme";
                default -> "other";
            };
            SeededReceipts.insert(database, tenant, "actor-" + i, null, inside.plusSeconds(i));
        }
        ReceiptPartitions partitions = new ReceiptPartitions(new JdbcTemplate(database), transactions(), rowsPerFetch);

        Optional<Map<Optional<String>, Long>> counted = partitions.dropIfExpired(month,
                () -> tenant -> new TenantRule(daysAgo(90), HoldCoverage.NONE));

        assertThat(counted).contains(Map.of(Optional.of("acme"), 50L, Optional.of("other"), 50L, Optional.empty(), 50L));
        assertThat(partitions("receipts")).doesNotContain(month);
        assertThat(SeededReceipts.count(database)).isZero();
    }

    @Test
    @DisplayName("the count reads the month with a sequential scan, though the planner's costs make its tenant index"
            + " cheaper to read (random reads priced as on an SSD)")
    void countScansTheMonthSequentiallyThoughTheIndexLooksCheaper() throws Exception {
        Partition month = oldMonthPartition();
        Instant inside = oldMonth().plus(3, ChronoUnit.DAYS);
        for (int i = 0; i < 300; i++) {
            SeededReceipts.insert(database, "tenant-" + i % 5, "actor-" + i, null, inside.plusSeconds(i));
        }
        new JdbcTemplate(database).execute("VACUUM ANALYZE " + month.name());
        try (HikariDataSource ssd = TestDatabases.samePostgresSchema(database, "random_page_cost=1.1")) {
            JdbcTemplate jdbc = new JdbcTemplate(ssd);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(ssd));
            List<String> plan = transactions.execute(status -> jdbc.queryForList(
                    "EXPLAIN DECLARE c NO SCROLL CURSOR FOR SELECT tenant_id FROM " + month.name(), String.class));
            assertThat(String.join("\n", plan)).as("left to choose, the planner reads the index").contains("Index Only Scan");

            Optional<Map<Optional<String>, Long>> counted = new ReceiptPartitions(jdbc, transactions)
                    .dropIfExpired(month, () -> tenant -> new TenantRule(month.start(), HoldCoverage.NONE));

            assertThat(counted).as("counted, then kept: no tenant's retention has run out").isEmpty();
        }
        // The closed connections' backends report their statistics as they exit.
        Map<String, Object> scans = Map.of();
        for (int attempt = 0; attempt < 200 && scans.values().stream().allMatch(Long.valueOf(0)::equals); attempt++) {
            Thread.sleep(50);
            scans = new JdbcTemplate(database).queryForMap("SELECT seq_scan, coalesce(idx_scan, 0) AS idx_scan"
                    + " FROM pg_stat_user_tables WHERE relid = CAST(? AS regclass)", month.name());
        }
        assertThat(scans).isEqualTo(Map.of("seq_scan", 1L, "idx_scan", 0L));
    }

    @Test
    @DisplayName("a month holding a held actor's receipt is kept; its other expired receipts go by batched deletes")
    void heldActorKeepsTheMonth() {
        new JdbcLegalHoldStore(database).add(LegalHold.place("acme", Optional.of("alice"), "subpoena", clock.instant()));
        target().createUpcomingPartitions(oldMonth());
        Instant inside = oldMonth().plus(3, ChronoUnit.DAYS);
        UUID alice = SeededReceipts.insert(database, "acme", "alice", null, inside);
        SeededReceipts.insert(database, "acme", "bob", null, inside.plusSeconds(1));
        SeededReceipts.insert(database, "other", "carol", null, inside.plusSeconds(2));

        PurgeRecord record = ran(service("a", 100).purge(scheduled()));

        assertThat(record.rowsDeleted()).isEqualTo(2);
        assertThat(receiptsByTenant(record)).isEqualTo(Map.of(Optional.of("acme"), 1L, Optional.of("other"), 1L));
        assertThat(SeededReceipts.ids(database)).containsExactly(alice);
        assertThat(partitionOf(alice)).contains("receipts_y");
    }

    @Test
    @DisplayName("a hold on an actor with no receipts in the month does not keep it")
    void holdOnAnAbsentActorDoesNotKeepTheMonth() {
        new JdbcLegalHoldStore(database).add(LegalHold.place("acme", Optional.of("zoe"), "subpoena", clock.instant()));
        target().createUpcomingPartitions(oldMonth());
        SeededReceipts.insert(database, "acme", "bob", null, oldMonth().plus(3, ChronoUnit.DAYS));
        Partition month = partitions("receipts").get(0);

        PurgeRecord record = ran(service("a", 100).purge(scheduled()));

        assertThat(record.rowsDeleted()).isEqualTo(1);
        assertThat(partitions("receipts")).doesNotContain(month);
    }

    @Test
    @DisplayName("a tenant-wide hold, or a tenant whose retention has not run out, keeps the month and its receipts")
    void tenantHoldOrLongerRetentionKeepsTheMonth() {
        new JdbcLegalHoldStore(database).add(LegalHold.place("frozen", Optional.empty(), "litigation", clock.instant()));
        new JdbcRetentionPolicyStore(database).put(new RetentionPolicy("archive", Retention.ofDays(3650), clock.instant()));
        target().createUpcomingPartitions(oldMonth());
        Instant inside = oldMonth().plus(3, ChronoUnit.DAYS);
        UUID frozen = SeededReceipts.insert(database, "frozen", "x", null, inside);
        UUID archived = SeededReceipts.insert(database, "archive", "y", null, inside);
        SeededReceipts.insert(database, "acme", "z", null, inside);
        Partition month = partitions("receipts").get(0);

        PurgeRecord record = ran(service("a", 100).purge(scheduled()));

        assertThat(record.rowsDeleted()).isEqualTo(1);
        assertThat(new HashSet<>(SeededReceipts.ids(database))).isEqualTo(Set.of(frozen, archived));
        assertThat(partitions("receipts")).contains(month);
    }

    /** The partition of {@link #oldMonth()}, created (with the two months after it) if need be. */
    private Partition oldMonthPartition() {
        target().createUpcomingPartitions(oldMonth());
        return partitions("receipts").stream().filter(p -> p.start().equals(oldMonth())).findFirst().orElseThrow();
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(database));
    }

    /** 25 expired receipts in an old month's partition; returns that partition. */
    private Partition oldMonthWith25Receipts() {
        Partition month = oldMonthPartition();
        SeededReceipts.insertMany(database, 25, "acme", "a", oldMonth().plus(3, ChronoUnit.DAYS));
        return month;
    }

    /** Runs a purge while another transaction holds {@code lock} (a LOCK TABLE statement). */
    private PurgeRecord purgeWhileHolding(String lock) throws Exception {
        try (Connection reader = database.getConnection()) {
            reader.setAutoCommit(false);
            try (Statement statement = reader.createStatement()) {
                statement.execute(lock);
            }
            PurgeRecord record = ran(service("a", 10).purge(scheduled()));
            reader.rollback();
            return record;
        }
    }

    @Test
    @DisplayName("when the month's partition stays locked, it is kept and batched deletes purge it; the purge still succeeds")
    void busyPartitionFallsBackToBatchedDeletes() throws Exception {
        Partition month = oldMonthWith25Receipts();

        PurgeRecord record = purgeWhileHolding("LOCK TABLE " + month.name() + " IN ACCESS SHARE MODE");

        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(25);
        assertThat(partitions("receipts")).contains(month);
        assertThat(SeededReceipts.count(database)).isZero();
    }

    @Test
    @DisplayName("when only the receipts table stays locked, the month is emptied (counted) but left for the next purge to drop")
    void busyParentLeavesAnEmptyMonthForTheNextPurge() throws Exception {
        Partition month = oldMonthWith25Receipts();

        PurgeRecord first = purgeWhileHolding("LOCK TABLE ONLY receipts IN ACCESS SHARE MODE");

        assertThat(first.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(receiptsByTenant(first)).isEqualTo(Map.of(Optional.of("acme"), 25L));
        assertThat(SeededReceipts.count(database)).isZero();
        assertThat(partitions("receipts")).contains(month);

        PurgeRecord second = ran(service("a", 10).purge(scheduled()));

        assertThat(second.rowsDeleted()).isZero();
        assertThat(partitions("receipts")).doesNotContain(month);
        assertThat(partitions("receipt_rules")).extracting(Partition::start).doesNotContain(month.start());
    }

    @Test
    @DisplayName("a batched delete removes only the rows it scanned, though other partitions have rows at the same addresses")
    void batchedDeletesStayInTheirPartition() {
        target().createUpcomingPartitions(oldMonth());
        target().createUpcomingPartitions(clock.instant());
        UUID expired = SeededReceipts.insert(database, "acme", "a", null, oldMonth().plus(3, ChronoUnit.DAYS));
        UUID fresh = SeededReceipts.insert(database, "acme", "a", null, clock.instant());
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("SELECT ctid::text FROM receipts WHERE receipt_id = ?", String.class, expired))
                .isEqualTo(jdbc.queryForObject("SELECT ctid::text FROM receipts WHERE receipt_id = ?", String.class, fresh));

        ExpiredBatch batch = target().deleteExpiredBatch(Set.of(Optional.of("acme")), daysAgo(90), HoldCoverage.NONE,
                Instant.EPOCH, 10);

        assertThat(batch.deletedByTenant()).isEqualTo(Map.of(Optional.of("acme"), 1));
        assertThat(SeededReceipts.ids(database)).containsExactly(fresh);
    }

    @Test
    @DisplayName("a batched delete reads the scanned addresses, not an index on its conditions, though the statistics predate the rows")
    void batchedDeleteReadsTheScannedAddresses() {
        Partition month = oldMonthPartition();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.execute("ANALYZE " + month.name());
        Instant inside = oldMonth().plus(3, ChronoUnit.DAYS);
        for (int i = 0; i < 300; i++) {
            SeededReceipts.insert(database, "acme", "actor-" + i, null, inside.plusSeconds(i));
        }
        String addresses = "{" + String.join(",", jdbc.queryForList("SELECT '\"' || ctid::text || '\"' FROM " + month.name()
                + " ORDER BY created_at LIMIT 10", String.class)) + "}";
        String statement = JdbcReceiptPurgeTarget.deleteAtAddresses(month.name(),
                "tenant_id IN ('acme') AND created_at < now() AND created_at >= '2000-01-01'");

        List<String> plan = transactions().execute(status -> {
            JdbcReceiptPurgeTarget.readOnlyTheAddresses(jdbc);
            List<String> lines = jdbc.queryForList("EXPLAIN " + statement, String.class, addresses);
            status.setRollbackOnly();
            return lines;
        });

        assertThat(String.join("\n", plan)).contains("Tid Scan on " + month.name()).doesNotContain("Index");
    }

    @Test
    @DisplayName("receipts and rule rows written before partitioning survive the migration, in the default partition")
    void migrationKeepsExistingReceipts() {
        try (HikariDataSource before = TestDatabases.postgresMigratedTo("30")) {
            UUID id = SeededReceipts.insert(before, "acme", "a", null, daysAgo(5));
            SeededReceipts.insertRule(before, id, "allow-all");

            TestDatabases.migratePostgres(before);

            assertThat(SeededReceipts.ids(before)).containsExactly(id);
            assertThat(SeededReceipts.ruleReceiptIds(before)).containsExactly(id);
            assertThat(new JdbcTemplate(before).queryForObject(
                    "SELECT tableoid::regclass::text FROM receipts WHERE receipt_id = ?", String.class, id))
                    .endsWith("receipts_default");
            new JdbcTemplate(before).update("DELETE FROM receipts WHERE receipt_id = ?", id);
            assertThat(SeededReceipts.ruleReceiptIds(before)).isEmpty();
        }
    }

    @Test
    @DisplayName("a partition's rules are read with the retention rules gate held: a hold placed then waits until the month is emptied")
    void rulesAreReadBehindTheGate() {
        Partition month = oldMonthPartition();
        SeededReceipts.insert(database, "acme", "a", null, oldMonth().plus(3, ChronoUnit.DAYS));
        java.util.concurrent.CompletableFuture<?>[] placing = new java.util.concurrent.CompletableFuture<?>[1];

        Optional<Map<Optional<String>, Long>> dropped = target().dropPartitionIfExpired(month, () -> {
            placing[0] = java.util.concurrent.CompletableFuture.runAsync(() -> new JdbcLegalHoldStore(database)
                    .add(LegalHold.place("acme", Optional.empty(), "litigation", clock.instant())));
            assertThatThrownBy(() -> placing[0].get(300, java.util.concurrent.TimeUnit.MILLISECONDS))
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            return tenant -> new TenantRule(daysAgo(90), HoldCoverage.NONE);
        });

        assertThat(dropped).contains(Map.of(Optional.of("acme"), 1L));
        assertThat(placing[0]).succeedsWithin(java.time.Duration.ofSeconds(30));
        assertThat(new JdbcLegalHoldStore(database).active()).hasSize(1);
    }
}
