package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes receipts by primary key in bounded batches: {@code DELETE … WHERE receipt_id IN (SELECT …
 * LIMIT n)}, one autocommitted statement per batch, portable to H2 and PostgreSQL. Tables that hang off
 * receipts reference them with {@code ON DELETE CASCADE}, so deleting the receipt row is enough.
 */
public final class JdbcReceiptPurgeTarget implements ReceiptPurgeTarget {

    private final JdbcTemplate jdbc;

    public JdbcReceiptPurgeTarget(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public List<Optional<String>> tenantsWithReceiptsBefore(Instant before) {
        return jdbc.query("SELECT DISTINCT tenant_id FROM receipts WHERE created_at < ? ORDER BY tenant_id",
                (rs, n) -> Optional.ofNullable(rs.getString("tenant_id")), Timestamps.of(before));
    }

    @Override
    public int deleteExpiredBatch(Optional<String> tenantId, Instant cutoff, HoldCoverage protect, int batchSize) {
        if (protect.wholeTenant()) {
            return 0;
        }
        Where where = expired(tenantId, cutoff, protect);
        where.arguments.add(batchSize);
        return jdbc.update("DELETE FROM receipts WHERE receipt_id IN (SELECT receipt_id FROM receipts WHERE "
                + where.sql + " LIMIT ?)", where.arguments.toArray());
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
        return jdbc.update("DELETE FROM receipts WHERE receipt_id IN (SELECT receipt_id FROM receipts WHERE "
                + where.sql + " LIMIT ?)", where.arguments.toArray());
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
        Where where = new Where();
        if (tenantId.isPresent()) {
            where.sql.append("tenant_id = ?");
            where.arguments.add(tenantId.get());
        } else {
            where.sql.append("tenant_id IS NULL");
        }
        where.sql.append(" AND created_at < ?");
        where.arguments.add(Timestamps.of(cutoff));
        if (!protect.heldActors().isEmpty()) {
            where.sql.append(" AND (actor_id IS NULL OR actor_id NOT IN (")
                    .append(placeholders(protect.heldActors().size())).append("))");
            where.arguments.addAll(protect.heldActors());
        }
        return where;
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

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A WHERE clause being built, with its bind arguments in order. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> arguments = new ArrayList<>();
    }
}
