package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionRulesGate;
import ai.datafog.application.port.out.StoreUnavailableException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The gate is the one row of {@code retention_rules_gate} (Flyway V50), locked for the length of a
 * transaction. Gated work runs in one transaction that holds the lock; the stores and the purge target
 * on the same {@link DataSource} join it (Spring binds the connection to the thread), so the rules they
 * read and the rows they delete commit together. Changes to holds and policies take the same lock in
 * their own transaction ({@link #lockForChange}) and so wait for the work in flight, up to
 * {@link #CHANGE_PATIENCE}.
 */
public final class JdbcRetentionRulesGate implements RetentionRulesGate {

    /**
     * How long gated work waits for the gate on H2, which gives up a lock wait after its own lock
     * timeout (2 s by default): the wait is tried again up to this long in all. On PostgreSQL gated work
     * waits without a timeout (changes hold the gate for milliseconds) unless its transaction set one.
     */
    static final Duration WORK_PATIENCE = Duration.ofSeconds(60);
    /**
     * How long a change to the rules waits for the gate before it gives up unchanged (503, retry): below
     * the request timeout, so the caller learns the outcome, and a bound on the threads and connections
     * waiting changes can hold while a month is truncated or a runner hangs inside a batch.
     */
    static final int CHANGE_PATIENCE_SECONDS = 5;
    static final Duration CHANGE_PATIENCE = Duration.ofSeconds(CHANGE_PATIENCE_SECONDS);
    /**
     * PostgreSQL: the whole wait for the gate (a statement timeout: a lock timeout would apply to each of
     * the two waits a queued {@code FOR UPDATE} may make), then back to the session's own for the change.
     * Constant statements: the static security gate refuses SQL built from values at run time.
     */
    private static final String CHANGE_WAIT_LIMIT = "SET LOCAL statement_timeout = '" + CHANGE_PATIENCE_SECONDS + "s'";
    private static final String CHANGE_WAIT_UNLIMITED = "SET LOCAL statement_timeout TO DEFAULT";
    /** PostgreSQL's query_canceled (the statement timeout ran out). */
    private static final String POSTGRES_CANCELED = "57014";
    /** H2's "timeout trying to lock table" (error 50200). */
    private static final String H2_LOCK_TIMEOUT = "HYT00";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcRetentionRulesGate(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public <T> T whileRulesSettled(Supplier<T> work) {
        return transaction.execute(status -> {
            lock(jdbc, WORK_PATIENCE);
            return work.get();
        });
    }

    /**
     * Locks the gate for gated work until the current transaction ends; call it inside one. A lock
     * timeout the transaction set itself (PostgreSQL) is not retried: it reaches the caller.
     */
    static void lock(JdbcTemplate jdbc) {
        lock(jdbc, WORK_PATIENCE);
    }

    /**
     * Locks the gate for a change to holds or policies until the current transaction ends; call it
     * inside one, before the change. Gives up after {@link #CHANGE_PATIENCE} with
     * {@link StoreUnavailableException}, having changed nothing.
     */
    static void lockForChange(JdbcTemplate jdbc) {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) Vendor::isPostgres));
        if (postgres) {
            jdbc.execute(CHANGE_WAIT_LIMIT);
        }
        try {
            lock(jdbc, CHANGE_PATIENCE);
        } catch (DataAccessException busy) {
            String state = Failures.sqlState(busy);
            if (POSTGRES_CANCELED.equals(state) || H2_LOCK_TIMEOUT.equals(state)) {
                throw new StoreUnavailableException("the retention rules stayed locked by a purge or erasure batch", busy);
            }
            throw busy;
        }
        if (postgres) {
            jdbc.execute(CHANGE_WAIT_UNLIMITED);
        }
    }

    private static void lock(JdbcTemplate jdbc, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                if (jdbc.queryForList("SELECT id FROM retention_rules_gate WHERE id = 1 FOR UPDATE", Integer.class).size() != 1) {
                    throw new IllegalStateException("retention_rules_gate has lost its row (Flyway V50 inserts it)");
                }
                return;
            } catch (DataAccessException busy) {
                if (!H2_LOCK_TIMEOUT.equals(Failures.sqlState(busy)) || System.nanoTime() > deadline) {
                    throw busy;
                }
            }
        }
    }
}
