package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Deletes receipts in bounded batches, each autocommitted on its own: on PostgreSQL oldest first across
 * tenants, by row address ({@code ctid}); on H2 tenant by tenant, by primary key
 * ({@code DELETE … WHERE receipt_id IN (SELECT … LIMIT n)}). Tables that hang off receipts reference them with
 * {@code ON DELETE CASCADE}, so deleting the receipt row is enough. On PostgreSQL, receipts live in monthly
 * partitions ({@link ReceiptPartitions}), and a partition whose receipts are all expired is dropped whole.
 */
public final class JdbcReceiptPurgeTarget implements ReceiptPurgeTarget {

    /** How long an erasure's delete waits for a locked partition before it steps back (below a drop's wait for the gate). */
    static final String ERASURE_LOCK_TIMEOUT = "50ms";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReceiptPartitions partitions;
    private volatile Boolean isPostgres;

    public JdbcReceiptPurgeTarget(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.partitions = new ReceiptPartitions(jdbc, transaction);
    }

    @Override
    public List<Partition> partitionsEndingBy(Instant endBy) {
        return postgres() ? partitions.of("receipts").stream().filter(p -> !p.end().isAfter(endBy)).toList() : List.of();
    }

    @Override
    public Optional<Map<Optional<String>, Long>> dropPartitionIfExpired(Partition partition,
                                                                        Supplier<Function<Optional<String>, TenantRule>> rules) {
        return postgres() ? partitions.dropIfExpired(partition, rules) : Optional.empty();
    }

    @Override
    public void createUpcomingPartitions(Instant now) {
        if (postgres()) {
            partitions.createUpcoming(now);
        }
    }

    @Override
    public List<Optional<String>> tenantsWithReceiptsBefore(Instant before) {
        return jdbc.query("SELECT DISTINCT tenant_id FROM receipts WHERE created_at < ? ORDER BY tenant_id",
                (rs, n) -> Optional.ofNullable(rs.getString("tenant_id")), Timestamps.of(before));
    }

    @Override
    public ExpiredBatch deleteExpiredBatch(Set<Optional<String>> tenantIds, Instant cutoff, HoldCoverage protect,
                                           Instant from, int batchSize) {
        if (protect.wholeTenant() || tenantIds.isEmpty()) {
            return ExpiredBatch.NONE;
        }
        return postgres() ? oldestFirstAcrossTenants(tenantIds, cutoff, protect, from, batchSize)
                : tenantByTenant(tenantIds, cutoff, protect, from, batchSize);
    }

    /**
     * PostgreSQL: one scan for all the tenants, oldest first along {@code receipts_by_time} across the
     * partitions, so each heap page is emptied in one visit (one full-page WAL image per page, not one
     * per tenant). The rows are then deleted by the {@code ctid} the scan read, partition by partition (a
     * ctid only names a row within its own table), not by {@code receipt_id}, which would cost one random
     * primary-key probe per row. The delete repeats the scan's conditions, so a row that changed or went
     * meanwhile is skipped and not counted. Each batch is planned for its own bounds
     * ({@code force_custom_plan}): a cached generic plan, blind to {@code from}, may pick
     * {@code receipts_by_tenant_time} and sort every expired row on every batch.
     */
    private ExpiredBatch oldestFirstAcrossTenants(Set<Optional<String>> tenantIds, Instant cutoff, HoldCoverage protect,
                                                  Instant from, int batchSize) {
        Where where = tenants(tenantIds);
        where.sql.append(" AND created_at < ? AND created_at >= ?");
        where.arguments.add(Timestamps.of(cutoff));
        where.arguments.add(Timestamps.of(from));
        protect(where, protect);
        Map<Optional<String>, Integer> counts = new HashMap<>();
        Instant[] newest = {null};
        int[] found = {0};
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            Map<String, List<String>> rowsByPartition = new TreeMap<>();
            List<Object> scanArguments = new ArrayList<>(where.arguments);
            scanArguments.add(batchSize);
            jdbc.query("SELECT tableoid::regclass::text AS part, ctid::text AS row_address FROM receipts WHERE "
                    + where.sql + " ORDER BY created_at LIMIT ?", rs -> {
                rowsByPartition.computeIfAbsent(rs.getString("part"), p -> new ArrayList<>()).add(rs.getString("row_address"));
            }, scanArguments.toArray());
            rowsByPartition.values().forEach(addresses -> found[0] += addresses.size());
            readOnlyTheAddresses(jdbc);
            rowsByPartition.forEach((partition, addresses) -> {
                List<Object> arguments = new ArrayList<>();
                arguments.add("{" + String.join(",", addresses.stream().map(a -> '"' + a + '"').toList()) + "}");
                arguments.addAll(where.arguments);
                jdbc.query(deleteAtAddresses(partition, where.sql.toString()) + " RETURNING tenant_id, created_at", rs -> {
                    counts.merge(Optional.ofNullable(rs.getString("tenant_id")), 1, Integer::sum);
                    Instant created = Timestamps.read(rs, "created_at");
                    if (newest[0] == null || created.isAfter(newest[0])) {
                        newest[0] = created;
                    }
                }, arguments.toArray());
            });
        });
        return new ExpiredBatch(counts, Optional.ofNullable(newest[0]), found[0]);
    }

    /** Deletes the rows of {@code partition} at the addresses of the first parameter that still match {@code where}. */
    static String deleteAtAddresses(String partition, String where) {
        return "DELETE FROM " + partition + " WHERE ctid = ANY(CAST(? AS tid[])) AND " + where;
    }

    /**
     * For the rest of the transaction, deletes read the rows at the given addresses (a TID scan) and only
     * re-check the conditions. Left to choose, the planner may follow an index on those conditions when
     * its statistics are older than the rows, and test every remaining expired row against the address
     * list (0.7 s per 500-row batch with 48,000 expired rows left, docs/benchmarks.md), or read the whole
     * table when the statistics say it is small.
     */
    static void readOnlyTheAddresses(JdbcTemplate jdbc) {
        jdbc.execute("SET LOCAL enable_indexscan = off");
        jdbc.execute("SET LOCAL enable_bitmapscan = off");
        jdbc.execute("SET LOCAL enable_seqscan = off");
    }

    /** H2 (embedded, small): plain per-tenant deletes, unordered, sharing one batch budget. */
    private ExpiredBatch tenantByTenant(Set<Optional<String>> tenantIds, Instant cutoff, HoldCoverage protect,
                                       Instant from, int batchSize) {
        Map<Optional<String>, Integer> counts = new HashMap<>();
        int budget = batchSize;
        for (Optional<String> tenant : tenantIds.stream().sorted(Comparator.comparing(t -> t.orElse(""))).toList()) {
            if (budget == 0) {
                break;
            }
            Where where = expired(tenant, cutoff, protect);
            where.sql.append(" AND created_at >= ?");
            where.arguments.add(Timestamps.of(from));
            where.arguments.add(budget);
            int deleted = jdbc.update("DELETE FROM receipts WHERE receipt_id IN (SELECT receipt_id FROM receipts WHERE "
                    + where.sql + " LIMIT ?)", where.arguments.toArray());
            if (deleted > 0) {
                counts.put(tenant, deleted);
                budget -= deleted;
            }
        }
        return new ExpiredBatch(counts, Optional.empty(), batchSize - budget);
    }

    @Override
    public long countExpired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect) {
        if (protect.wholeTenant()) {
            return 0;
        }
        Where where = expired(tenantId, cutoff, protect);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM receipts WHERE " + where.sql, Long.class,
                where.arguments.toArray());
        return count == null ? 0 : count;
    }

    @Override
    public int deleteSubjectBatch(ErasureScope scope, int batchSize) {
        Where where = subject(scope);
        where.arguments.add(batchSize);
        String delete = "DELETE FROM receipts WHERE receipt_id IN (SELECT receipt_id FROM receipts WHERE "
                + where.sql + " LIMIT ?)";
        if (!postgres()) {
            return jdbc.update(delete, where.arguments.toArray());
        }
        Integer deleted = transaction.execute(status -> {
            // The subject's receipts are found by their indexes, and their rule rows by the primary key.
            jdbc.execute(ForeignKeyPlans.BY_INDEX);
            // The delete locks every month partition; one being counted to be dropped stays locked for
            // seconds. Rather than wait holding the retention rules gate (which that drop needs next,
            // and hold changes wait for), give up at once and let the erasure try again.
            jdbc.execute("SET LOCAL lock_timeout = '" + ERASURE_LOCK_TIMEOUT + "'");
            try {
                return jdbc.update(delete, where.arguments.toArray());
            } catch (DataAccessException failure) {
                if (Failures.LOCK_NOT_AVAILABLE.equals(Failures.sqlState(failure))) {
                    throw new Busy("receipts locked by a partition being emptied", failure);
                }
                throw failure;
            }
        });
        return deleted == null ? 0 : deleted;
    }

    @Override
    public long countSubjectReceiptsOf(ErasureScope scope, Set<String> actorIds) {
        if (actorIds.isEmpty()) {
            return 0;
        }
        Where where = subject(scope);
        where.sql.append(" AND actor_id IN (").append(placeholders(actorIds.size())).append(')');
        where.arguments.addAll(actorIds);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM receipts WHERE " + where.sql, Long.class,
                where.arguments.toArray());
        return count == null ? 0 : count;
    }

    private static Where expired(Optional<String> tenantId, Instant cutoff, HoldCoverage protect) {
        Where where = tenants(Set.of(tenantId));
        where.sql.append(" AND created_at < ?");
        where.arguments.add(Timestamps.of(cutoff));
        protect(where, protect);
        return where;
    }

    /** {@code (tenant_id IN (…) OR tenant_id IS NULL)}, the second part when the no-tenant bucket is included. */
    private static Where tenants(Set<Optional<String>> tenantIds) {
        Where where = new Where();
        List<String> named = tenantIds.stream().flatMap(Optional::stream).sorted().toList();
        boolean withoutTenant = tenantIds.contains(Optional.<String>empty());
        where.sql.append('(');
        if (!named.isEmpty()) {
            where.sql.append("tenant_id IN (").append(placeholders(named.size())).append(')');
            where.arguments.addAll(named);
        }
        if (withoutTenant) {
            where.sql.append(named.isEmpty() ? "" : " OR ").append("tenant_id IS NULL");
        }
        where.sql.append(')');
        return where;
    }

    private static void protect(Where where, HoldCoverage protect) {
        if (!protect.heldActors().isEmpty()) {
            where.sql.append(" AND (actor_id IS NULL OR actor_id NOT IN (")
                    .append(placeholders(protect.heldActors().size())).append("))");
            where.arguments.addAll(protect.heldActors());
        }
    }

    /** Which delete strategy fits: the oldest-first one needs PostgreSQL's RETURNING. */
    private boolean postgres() {
        Boolean known = isPostgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((Connection c) -> Vendor.isPostgres(c)));
            isPostgres = known;
        }
        return known;
    }

    private static Where subject(ErasureScope scope) {
        Where where = new Where();
        where.sql.append("tenant_id = ?");
        where.arguments.add(scope.tenantId());
        scope.actorId().ifPresent(actor -> {
            where.sql.append(" AND actor_id = ?");
            where.arguments.add(actor);
        });
        scope.sessionId().ifPresent(session -> {
            where.sql.append(" AND session_id = ?");
            where.arguments.add(session);
        });
        return where;
    }

    /** {@code ?, ?, …}: {@code count} bind placeholders for an {@code IN (…)} list. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A WHERE clause being built, with its bind arguments in order. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> arguments = new ArrayList<>();
    }
}
