package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionRulesGate;
import org.springframework.dao.DataAccessException;
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
 * their own transaction ({@link #lock}) and so wait for the work in flight.
 */
public final class JdbcRetentionRulesGate implements RetentionRulesGate {

    /**
     * H2 gives up waiting for a lock after its lock timeout (2 s by default), sooner than a slow purge
     * batch on H2 may take: waiting for the gate is tried again, up to this long in all. PostgreSQL waits
     * for the lock without a timeout (unless the transaction set one, which is then honoured).
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);
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
            lock(jdbc);
            return work.get();
        });
    }

    /** Locks the gate until the current transaction ends; call it inside one. */
    static void lock(JdbcTemplate jdbc) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
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
