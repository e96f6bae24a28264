package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.IdempotencyRecordPurge;
import ai.datafog.application.port.out.IdempotencyStore;
import ai.datafog.application.port.out.StoreUnavailableException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency records in {@code idempotency_records}. The primary key on {@code record_id} makes the
 * first insert win across every replica; every later change is a conditional update on the claim
 * token, so a request that lost its claim cannot overwrite the new owner's record. Blocking.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore, IdempotencyRecordPurge {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS =
            "record_id, endpoint, request_fingerprint, claim_token, created_at, status_code, response_body";

    private final DataSource dataSource;

    public JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public boolean insertIfAbsent(IdempotencyRecord claim) {
        String sql = "INSERT INTO idempotency_records (record_id, endpoint, request_fingerprint, claim_token, created_at)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, claim.recordId());
            insert.setString(2, claim.endpoint());
            insert.setString(3, claim.requestFingerprint());
            insert.setString(4, claim.claimToken());
            insert.setObject(5, ReceiptRows.time(claim.createdAt()));
            return insert.executeUpdate() == 1;
        } catch (SQLException failure) {
            if (UNIQUE_VIOLATION.equals(failure.getSQLState())) {
                return false;
            }
            throw unavailable(failure);
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(String recordId) {
        String sql = "SELECT " + COLUMNS + " FROM idempotency_records WHERE record_id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, recordId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException failure) {
            throw unavailable(failure);
        }
    }

    @Override
    public boolean replace(IdempotencyRecord expected, IdempotencyRecord claim) {
        String sql = "UPDATE idempotency_records SET endpoint = ?, request_fingerprint = ?, claim_token = ?,"
                + " created_at = ?, completed_at = NULL, status_code = NULL, response_body = NULL"
                + " WHERE record_id = ? AND claim_token = ? AND created_at = ?";
        return update(sql, claim.endpoint(), claim.requestFingerprint(), claim.claimToken(),
                ReceiptRows.time(claim.createdAt()), claim.recordId(), expected.claimToken(),
                ReceiptRows.time(expected.createdAt())) == 1;
    }

    @Override
    public boolean complete(String recordId, String claimToken, StoredResponse response, Instant completedAt) {
        String sql = "UPDATE idempotency_records SET status_code = ?, response_body = ?, completed_at = ?"
                + " WHERE record_id = ? AND claim_token = ? AND status_code IS NULL";
        return update(sql, response.status(), response.sealedBody(), ReceiptRows.time(completedAt), recordId, claimToken) == 1;
    }

    @Override
    public boolean renew(String recordId, String claimToken, Instant renewedAt) {
        String sql = "UPDATE idempotency_records SET created_at = ?"
                + " WHERE record_id = ? AND claim_token = ? AND status_code IS NULL";
        return update(sql, ReceiptRows.time(renewedAt), recordId, claimToken) == 1;
    }

    @Override
    public void release(String recordId, String claimToken) {
        update("DELETE FROM idempotency_records WHERE record_id = ? AND claim_token = ? AND status_code IS NULL",
                recordId, claimToken);
    }

    @Override
    public int deleteExpiredIdempotencyRecords(Instant cutoff, int batchSize) {
        return deleteExpired(cutoff, batchSize);
    }

    @Override
    public int deleteExpired(Instant cutoff, int batchSize) {
        String sql = "DELETE FROM idempotency_records WHERE record_id IN"
                + " (SELECT record_id FROM idempotency_records WHERE created_at < ? LIMIT ?)";
        return update(sql, ReceiptRows.time(cutoff), batchSize);
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof byte[] bytes) {
                    statement.setBytes(i + 1, bytes);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw unavailable(failure);
        }
    }

    private static IdempotencyRecord read(ResultSet row) throws SQLException {
        int status = row.getInt("status_code");
        Optional<StoredResponse> response = row.wasNull()
                ? Optional.empty()
                : Optional.of(new StoredResponse(status, row.getBytes("response_body")));
        return new IdempotencyRecord(row.getString("record_id"), row.getString("endpoint"),
                row.getString("request_fingerprint"), row.getString("claim_token"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), response);
    }

    private static StoreUnavailableException unavailable(SQLException failure) {
        return new StoreUnavailableException("idempotency records are unavailable", failure);
    }
}
