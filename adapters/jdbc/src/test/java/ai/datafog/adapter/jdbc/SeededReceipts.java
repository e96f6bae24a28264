package ai.datafog.adapter.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes minimal receipt rows straight into {@code receipts} for retention tests: only the columns a
 * purge looks at vary; the rest hold fixed placeholder values with no personal data.
 */
public final class SeededReceipts {

    private static final String INSERT = "INSERT INTO receipts (receipt_id, created_at, tenant_id, actor_id, session_id,"
            + " policy_id, policy_version, decision, matched_rules, transform_plan, action, action_hash, findings)"
            + " VALUES (?, ?, ?, ?, ?, 'test', '1', 'allow', '[]', '[]',"
            + " '{\"type\":\"file.read\",\"tool\":null,\"resource\":null,\"command\":null,\"args\":[],\"sensitive\":false,\"adapter\":null}',"
            + " '0000000000000000000000000000000000000000000000000000000000000000', '[]')";

    private SeededReceipts() {
    }

    public static UUID insert(DataSource dataSource, String tenantId, String actorId, String sessionId, Instant createdAt) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT)) {
            bind(statement, id, tenantId, actorId, sessionId, createdAt);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Inserts {@code count} rows of one tenant and actor, in JDBC batches inside one transaction. */
    public static void insertMany(DataSource dataSource, int count, String tenantId, String actorId, Instant createdAt) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (int i = 1; i <= count; i++) {
                    bind(statement, UUID.randomUUID(), tenantId, actorId, null, createdAt.minusMillis(i));
                    statement.addBatch();
                    if (i % 2_000 == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds one {@code receipt_rules} row for a receipt, as the receipt store writes per matched rule. */
    /** A rule row for a seeded receipt, with the receipt's creation time, as the receipt store writes it. */
    public static void insertRule(DataSource dataSource, UUID receiptId, String ruleId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO receipt_rules"
                     + " (receipt_id, rule_id, created_at) SELECT receipt_id, ?, created_at FROM receipts WHERE receipt_id = ?")) {
            statement.setString(1, ruleId);
            statement.setObject(2, receiptId);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("no seeded receipt with that id");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<UUID> ids(DataSource dataSource) {
        return uuids(dataSource, "SELECT receipt_id FROM receipts");
    }

    /** Receipt ids that have at least one {@code receipt_rules} row. */
    public static List<UUID> ruleReceiptIds(DataSource dataSource) {
        return uuids(dataSource, "SELECT DISTINCT receipt_id FROM receipt_rules");
    }

    private static List<UUID> uuids(DataSource dataSource, String query) {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery(query)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    public static long count(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM receipts")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, UUID id, String tenantId, String actorId, String sessionId,
                             Instant createdAt) throws SQLException {
        statement.setObject(1, id);
        statement.setObject(2, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
        statement.setString(3, tenantId);
        statement.setString(4, actorId);
        statement.setString(5, sessionId);
    }
}
