package ai.datafog.adapter.jdbc;

import ai.datafog.domain.receipt.ReceiptQuery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a receipt query: equality filters, the half-open time range, and the keyset condition
 * {@code (created_at, receipt_id) < cursor} in the order of the {@code (…, created_at, receipt_id)}
 * indexes, read backwards for newest first. One row more than the limit tells whether a next page exists.
 */
final class ReceiptSql {

    private final String sql;
    private final List<Object> parameters;

    private ReceiptSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    static ReceiptSql of(ReceiptQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        equal(where, parameters, "r.tenant_id", query.tenantId());
        equal(where, parameters, "r.actor_id", query.actorId());
        equal(where, parameters, "r.session_id", query.sessionId());
        equal(where, parameters, "r.decision", query.decision() == null ? null : query.decision().wireName());
        equal(where, parameters, "r.policy_version", query.policyVersion());
        if (query.ruleId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM receipt_rules rr WHERE rr.receipt_id = r.receipt_id AND rr.rule_id = ?)");
            parameters.add(query.ruleId());
        }
        if (query.from() != null) {
            where.append(" AND r.created_at >= ?");
            parameters.add(ReceiptRows.time(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND r.created_at < ?");
            parameters.add(ReceiptRows.time(query.to()));
        }
        query.cursor().ifPresent(cursor -> {
            where.append(" AND (r.created_at, r.receipt_id) < (?, ?)");
            parameters.add(ReceiptRows.time(cursor.timestamp()));
            parameters.add(cursor.receiptId());
        });
        String sql = "SELECT " + ReceiptRows.COLUMNS + " FROM receipts r WHERE 1 = 1" + where
                + " ORDER BY r.created_at DESC, r.receipt_id DESC LIMIT " + (query.limit() + 1);
        return new ReceiptSql(sql, parameters);
    }

    String sql() {
        return sql;
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static void equal(StringBuilder where, List<Object> parameters, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }
}
