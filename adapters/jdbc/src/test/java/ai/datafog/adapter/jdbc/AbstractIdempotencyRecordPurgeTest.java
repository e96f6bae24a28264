package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JdbcIdempotencyRecordPurge}: a no-op while {@code idempotency_records} is absent, batch
 * deletes of expired rows once it exists (the table here stands in for the idempotency store's).
 */
abstract class AbstractIdempotencyRecordPurgeTest extends RetentionFixture {

    private static final Instant CUTOFF = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    @DisplayName("without an idempotency_records table, nothing is deleted and nothing fails")
    void noTableIsANoOp() {
        assertThat(new JdbcIdempotencyRecordPurge(database).deleteExpiredIdempotencyRecords(CUTOFF, 10)).isZero();
    }

    @Test
    @DisplayName("with the table, rows created before the cutoff go in batches; younger rows stay")
    void deletesExpiredInBatches() throws SQLException {
        execute("CREATE TABLE idempotency_records (endpoint VARCHAR(50) NOT NULL, idem_key VARCHAR(200) NOT NULL,"
                + " body TEXT, created_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (endpoint, idem_key))");
        for (int i = 0; i < 5; i++) {
            insert("k" + i, CUTOFF.minusSeconds(10 + i));
        }
        insert("young", CUTOFF.plusSeconds(1));
        JdbcIdempotencyRecordPurge purge = new JdbcIdempotencyRecordPurge(database);

        assertThat(purge.deleteExpiredIdempotencyRecords(CUTOFF, 3)).isEqualTo(3);
        assertThat(purge.deleteExpiredIdempotencyRecords(CUTOFF, 3)).isEqualTo(2);
        assertThat(purge.deleteExpiredIdempotencyRecords(CUTOFF, 3)).isZero();
        assertThat(count()).isEqualTo(1);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void insert(String key, Instant createdAt) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO idempotency_records (endpoint, idem_key, body, created_at) VALUES ('scan', ?, '{}', ?)")) {
            statement.setString(1, key);
            statement.setObject(2, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }

    private long count() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM idempotency_records")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
