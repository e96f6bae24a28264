package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Retention policies in {@code retention_policies}. */
public final class JdbcRetentionPolicyStore implements RetentionPolicyStore {

    private static final RowMapper<RetentionPolicy> ROW = (rs, n) -> new RetentionPolicy(
            rs.getString("tenant_id"),
            new Retention(Duration.ofSeconds(rs.getLong("retention_seconds"))),
            Timestamps.read(rs, "updated_at"));

    private final JdbcTemplate jdbc;

    public JdbcRetentionPolicyStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public List<RetentionPolicy> all() {
        return jdbc.query("SELECT tenant_id, retention_seconds, updated_at FROM retention_policies ORDER BY tenant_id", ROW);
    }

    @Override
    public void put(RetentionPolicy policy) {
        if (update(policy) == 0) {
            try {
                jdbc.update("INSERT INTO retention_policies (tenant_id, retention_seconds, updated_at) VALUES (?, ?, ?)",
                        policy.tenantId(), policy.retention().duration().getSeconds(), Timestamps.of(policy.updatedAt()));
            } catch (DuplicateKeyException insertedConcurrently) {
                update(policy);
            }
        }
    }

    @Override
    public Optional<RetentionPolicy> remove(String tenantId) {
        List<RetentionPolicy> found = jdbc.query(
                "SELECT tenant_id, retention_seconds, updated_at FROM retention_policies WHERE tenant_id = ?", ROW, tenantId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int deleted = jdbc.update("DELETE FROM retention_policies WHERE tenant_id = ?", tenantId);
        return deleted == 0 ? Optional.empty() : Optional.of(found.get(0));
    }

    private int update(RetentionPolicy policy) {
        return jdbc.update("UPDATE retention_policies SET retention_seconds = ?, updated_at = ? WHERE tenant_id = ?",
                policy.retention().duration().getSeconds(), Timestamps.of(policy.updatedAt()), policy.tenantId());
    }
}
