package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeLease;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Objects;

/**
 * A lease row in {@code retention_leases}, taken and renewed by conditional UPDATEs that compare with
 * the database's {@code CURRENT_TIMESTAMP}, so replica clocks never matter. Each statement is its own
 * transaction; exactly one of two racing owners sees its UPDATE count 1. Renewal only asks that
 * the row still names the owner: if it expired but nobody took it, nobody else has run meanwhile.
 */
public final class JdbcPurgeLease implements PurgeLease {

    public static final String RECEIPT_PURGE = "receipt-purge";

    private static final String EXPIRY = "CURRENT_TIMESTAMP + CAST(? AS BIGINT) * INTERVAL '0.001' SECOND";

    private final JdbcTemplate jdbc;
    private final String name;

    public JdbcPurgeLease(DataSource dataSource, String name) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public boolean tryAcquire(String owner, Duration duration) {
        int taken = jdbc.update("UPDATE retention_leases SET owner = ?, expires_at = " + EXPIRY
                + " WHERE name = ? AND (owner IS NULL OR owner = ? OR expires_at <= CURRENT_TIMESTAMP)",
                owner, duration.toMillis(), name, owner);
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO retention_leases (name, owner, expires_at) VALUES (?, ?, " + EXPIRY + ")",
                    name, owner, duration.toMillis()) == 1;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    @Override
    public boolean renew(String owner, Duration duration) {
        return jdbc.update("UPDATE retention_leases SET expires_at = " + EXPIRY
                + " WHERE name = ? AND owner = ?",
                duration.toMillis(), name, owner) == 1;
    }

    @Override
    public void release(String owner) {
        jdbc.update("UPDATE retention_leases SET owner = NULL, expires_at = CURRENT_TIMESTAMP WHERE name = ? AND owner = ?",
                name, owner);
    }
}
