package ai.datafog.adapter.jdbc;

import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.policy.Effect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Maps a receipt to a {@code receipts} row and back. */
final class ReceiptRows {

    static final String COLUMNS = "receipt_id, created_at, request_id, trace_id, tenant_id, actor_id, session_id, "
            + "policy_id, policy_version, decision, reason, matched_rules, transform_plan, action, action_hash, "
            + "input_hash, findings, sanitized_summary";
    static final String INSERT = "INSERT INTO receipts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_RULE = "INSERT INTO receipt_rules (receipt_id, rule_id, created_at) VALUES (?, ?, ?)";

    private ReceiptRows() {
    }

    static void bind(PreparedStatement insert, Receipt receipt) throws SQLException {
        int i = 0;
        insert.setObject(++i, receipt.receiptId());
        insert.setObject(++i, time(receipt.timestamp()));
        insert.setString(++i, receipt.requestId());
        insert.setString(++i, receipt.traceId());
        insert.setString(++i, receipt.tenantId());
        insert.setString(++i, receipt.actorId());
        insert.setString(++i, receipt.sessionId());
        insert.setString(++i, receipt.policyId());
        insert.setString(++i, receipt.policyVersion());
        insert.setString(++i, receipt.decision().wireName());
        insert.setString(++i, receipt.reason());
        insert.setString(++i, ReceiptJson.rules(receipt.matchedRules()));
        insert.setString(++i, ReceiptJson.plan(receipt.transformPlan()));
        insert.setString(++i, ReceiptJson.action(receipt.action()));
        insert.setString(++i, receipt.actionHash());
        insert.setString(++i, receipt.inputHash());
        insert.setString(++i, ReceiptJson.findings(receipt.findings()));
        insert.setString(++i, receipt.sanitizedSummary());
    }

    static Receipt read(ResultSet row) throws SQLException {
        String decision = row.getString("decision");
        return new Receipt(
                row.getObject("receipt_id", UUID.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getString("request_id"),
                row.getString("trace_id"),
                row.getString("tenant_id"),
                row.getString("actor_id"),
                row.getString("session_id"),
                row.getString("policy_id"),
                row.getString("policy_version"),
                Effect.fromWireName(decision)
                        .orElseThrow(() -> new IllegalStateException("stored receipt has an unknown decision")),
                row.getString("reason"),
                ReceiptJson.rules(row.getString("matched_rules")),
                ReceiptJson.plan(row.getString("transform_plan")),
                ReceiptJson.action(row.getString("action")),
                row.getString("action_hash"),
                row.getString("input_hash"),
                ReceiptJson.findings(row.getString("findings")),
                row.getString("sanitized_summary"));
    }

    static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
