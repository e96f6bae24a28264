package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptStore;
import ai.datafog.application.port.out.StoreUnavailableException;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Receipts in the {@code receipts} table (plus {@code receipt_rules} for the rule filter), on H2
 * or PostgreSQL. Appends are group-committed by one writer thread; reads run on the caller's
 * thread, which must be a bounded blocking thread, never an event loop. {@link #close()} flushes
 * every accepted receipt before it returns.
 */
public final class JdbcReceiptStore implements ReceiptStore, AutoCloseable {

    private final DataSource dataSource;
    private final GroupCommit<Receipt> groupCommit;
    /** Set by the writer thread on its first batch. */
    private Boolean isPostgres;

    /**
     * @param completions where append futures complete (and so where callers' continuations run)
     */
    public JdbcReceiptStore(DataSource dataSource, GroupCommitSettings settings, Executor completions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.groupCommit = new GroupCommit<>("datafog-receipt-writer", settings, this::insert,
                Objects.requireNonNull(completions, "completions"));
    }

    @Override
    public CompletableFuture<Void> append(Receipt receipt) {
        return groupCommit.submit(Objects.requireNonNull(receipt, "receipt"));
    }

    @Override
    public Optional<Receipt> findById(UUID receiptId) {
        String sql = "SELECT " + ReceiptRows.COLUMNS + " FROM receipts WHERE receipt_id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, receiptId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(ReceiptRows.read(rows)) : Optional.empty();
            }
        } catch (SQLException failure) {
            throw new StoreUnavailableException("receipts could not be read", failure);
        }
    }

    @Override
    public ReceiptPage query(ReceiptQuery query) {
        ReceiptSql sql = ReceiptSql.of(query);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.sql())) {
            sql.bind(select);
            List<Receipt> fetched = new ArrayList<>(query.limit() + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    fetched.add(ReceiptRows.read(rows));
                }
            }
            return ReceiptPage.of(fetched, query.limit());
        } catch (SQLException failure) {
            throw new StoreUnavailableException("receipts could not be read", failure);
        }
    }

    /** Transactions committed by the group commit so far; fewer than receipts when batching works. */
    public long committedTransactions() {
        return groupCommit.committedTransactions();
    }

    /** Stops taking receipts and returns once every accepted one is committed or failed. */
    @Override
    public void close() {
        groupCommit.close();
    }

    private void insert(List<Receipt> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement receipts = connection.prepareStatement(ReceiptRows.INSERT);
                 PreparedStatement rules = connection.prepareStatement(ReceiptRows.INSERT_RULE)) {
                if (isPostgres == null) {
                    isPostgres = Vendor.isPostgres(connection);
                }
                if (isPostgres) {
                    // The inserts scan nothing; this keeps the rule rows' key checks on the index.
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(ForeignKeyPlans.BY_INDEX);
                    }
                }
                boolean anyRule = false;
                for (Receipt receipt : batch) {
                    ReceiptRows.bind(receipts, receipt);
                    receipts.addBatch();
                    for (String rule : new LinkedHashSet<>(receipt.matchedRules())) {
                        rules.setObject(1, receipt.receiptId());
                        rules.setString(2, rule);
                        rules.setObject(3, ReceiptRows.time(receipt.timestamp()));
                        rules.addBatch();
                        anyRule = true;
                    }
                }
                receipts.executeBatch();
                if (anyRule) {
                    rules.executeBatch();
                }
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                rollbackQuietly(connection, failure);
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }
}
