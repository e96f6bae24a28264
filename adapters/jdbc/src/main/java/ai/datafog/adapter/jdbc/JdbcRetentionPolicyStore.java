package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Retention policies in {@code retention_policies}. Setting and removing one take the retention rules
 * gate ({@link JdbcRetentionRulesGate}), so they wait for a purge batch in flight and every later batch
 * sees them.
 */
public final class JdbcRetentionPolicyStore implements RetentionPolicyStore {

    private static final RowMapper<RetentionPolicy> ROW = (rs, n) -> new RetentionPolicy(
            rs.getString("tenant_id"),
            new Retention(Duration.ofSeconds(rs.getLong("retention_seconds"))),
            Timestamps.read(rs, "updated_at"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcRetentionPolicyStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public List<RetentionPolicy> all() {
        return jdbc.query("SELECT tenant_id, retention_seconds, updated_at FROM retention_policies ORDER BY tenant_id", ROW);
    }

    @Override
    public void put(RetentionPolicy policy) {
        transaction.executeWithoutResult(status -> {
            // With the gate held no other change to the rules runs: update, else insert, cannot collide.
            JdbcRetentionRulesGate.lockForChange(jdbc);
            if (update(policy) == 0) {
                jdbc.update("INSERT INTO retention_policies (tenant_id, retention_seconds, updated_at) VALUES (?, ?, ?)",
                        policy.tenantId(), policy.retention().duration().getSeconds(), Timestamps.of(policy.updatedAt()));
            }
        });
    }

    @Override
    public Optional<RetentionPolicy> remove(String tenantId) {
        return transaction.execute(status -> {
            JdbcRetentionRulesGate.lockForChange(jdbc);
            List<RetentionPolicy> found = jdbc.query(
                    "SELECT tenant_id, retention_seconds, updated_at FROM retention_policies WHERE tenant_id = ?", ROW, tenantId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            jdbc.update("DELETE FROM retention_policies WHERE tenant_id = ?", tenantId);
            return Optional.of(found.get(0));
        });
    }

    private int update(RetentionPolicy policy) {
        return jdbc.update("UPDATE retention_policies SET retention_seconds = ?, updated_at = ? WHERE tenant_id = ?",
                policy.retention().duration().getSeconds(), Timestamps.of(policy.updatedAt()), policy.tenantId());
    }
}
