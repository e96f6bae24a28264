package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldQuery;
import ai.datafog.domain.retention.LegalHold;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Legal holds in {@code legal_holds}; releasing sets {@code released_at}, nothing is deleted. Placing and
 * releasing take the retention rules gate ({@link JdbcRetentionRulesGate}), so they wait for a purge or
 * erasure batch in flight and every later batch sees them.
 */
public final class JdbcLegalHoldStore implements LegalHoldStore {

    private static final String COLUMNS = "hold_id, tenant_id, actor_id, reason, created_at, released_at";
    private static final String LIST = "SELECT " + COLUMNS + " FROM legal_holds h"
            + " WHERE (CAST(? AS VARCHAR(200)) IS NULL OR h.tenant_id = ?)"
            + " AND (CAST(? AS BOOLEAN) IS NULL OR (h.released_at IS NULL) = ?)";
    private static final String LIST_AFTER = " AND h.created_at <= ? AND (h.created_at < ? OR h.hold_id < ?)";
    private static final String LIST_ORDER = " ORDER BY h.created_at DESC, h.hold_id DESC LIMIT ?";
    private static final RowMapper<LegalHold> ROW = (rs, n) -> new LegalHold(
            new HoldId(rs.getObject("hold_id", UUID.class)),
            rs.getString("tenant_id"),
            Optional.ofNullable(rs.getString("actor_id")),
            rs.getString("reason"),
            Timestamps.read(rs, "created_at"),
            Timestamps.readOptional(rs, "released_at"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcLegalHoldStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void add(LegalHold hold) {
        transaction.executeWithoutResult(status -> {
            JdbcRetentionRulesGate.lockForChange(jdbc);
            jdbc.update("INSERT INTO legal_holds (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                    hold.id().value(), hold.tenantId(), hold.actorId().orElse(null), hold.reason(),
                    Timestamps.of(hold.createdAt()), Timestamps.of(hold.releasedAt().orElse(null)));
        });
    }

    @Override
    public Optional<LegalHold> find(HoldId id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM legal_holds WHERE hold_id = ?", ROW, id.value())
                .stream().findFirst();
    }

    /**
     * Two statements, each for every combination of filters (an absent filter is a null parameter that
     * makes its condition true): the first page, and a page after a position given as values (the
     * cursor hold as the caller read it), compared to each row without a lookup per row.
     */
    @Override
    public List<LegalHold> list(HoldQuery query, Optional<LegalHold> after, int rows) {
        String tenant = query.tenantId().orElse(null);
        Boolean active = query.active().orElse(null);
        if (after.isEmpty()) {
            return jdbc.query(LIST + LIST_ORDER, ROW, tenant, tenant, active, active, rows);
        }
        OffsetDateTime createdAt = Timestamps.of(after.get().createdAt());
        return jdbc.query(LIST + LIST_AFTER + LIST_ORDER, ROW, tenant, tenant, active, active, createdAt, createdAt,
                after.get().id().value(), rows);
    }

    @Override
    public List<LegalHold> active() {
        return jdbc.query("SELECT " + COLUMNS + " FROM legal_holds WHERE released_at IS NULL"
                + " ORDER BY created_at DESC, hold_id DESC", ROW);
    }

    @Override
    public boolean release(HoldId id, Instant releasedAt) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            JdbcRetentionRulesGate.lockForChange(jdbc);
            return jdbc.update("UPDATE legal_holds SET released_at = ? WHERE hold_id = ? AND released_at IS NULL",
                    Timestamps.of(releasedAt), id.value()) == 1;
        }));
    }
}
