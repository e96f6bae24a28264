package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.IdempotencyRecordPurge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Deletes expired rows of {@code idempotency_records} (timestamp column {@code created_at}) in batches
 * keyed by the table's primary key, which it reads from the database's metadata. The table is owned
 * by the idempotency store; while it does not exist in the schema this adapter deletes nothing and
 * says so once in the log (WARN), so a missing table is visible rather than silently unpurged.
 */
public final class JdbcIdempotencyRecordPurge implements IdempotencyRecordPurge {

    static final String TABLE = "idempotency_records";
    static final String CREATED_AT = "created_at";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcIdempotencyRecordPurge.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile Optional<String> deleteSql;

    public JdbcIdempotencyRecordPurge(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public int deleteExpiredIdempotencyRecords(Instant cutoff, int batchSize) {
        Optional<String> sql = deleteSql;
        if (sql == null) {
            sql = discover();
            deleteSql = sql;
        }
        return sql.map(statement -> jdbc.update(statement, Timestamps.of(cutoff), batchSize)).orElse(0);
    }

    private Optional<String> discover() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            if (!hasCreatedAt(meta, schema)) {
                LOG.warn("table {} with column {} not found: expired idempotency records are not purged", TABLE, CREATED_AT);
                return Optional.empty();
            }
            List<String> key = primaryKey(meta, schema);
            String keyList = key.isEmpty() ? CREATED_AT : String.join(", ", key);
            String keyExpression = key.size() > 1 ? "(" + keyList + ")" : keyList;
            return Optional.of("DELETE FROM " + TABLE + " WHERE " + keyExpression + " IN (SELECT " + keyList
                    + " FROM " + TABLE + " WHERE " + CREATED_AT + " < ? LIMIT ?)");
        } catch (SQLException unreadable) {
            throw new IllegalStateException("cannot read the schema of " + TABLE, unreadable);
        }
    }

    private static boolean hasCreatedAt(DatabaseMetaData meta, String schema) throws SQLException {
        try (ResultSet columns = meta.getColumns(null, schema, TABLE, null)) {
            while (columns.next()) {
                if (CREATED_AT.equals(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet keys = meta.getPrimaryKeys(null, schema, TABLE)) {
            while (keys.next()) {
                String column = keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (!column.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalStateException("unexpected key column name in " + TABLE);
                }
                columns.add(column);
            }
        }
        return columns;
    }
}
