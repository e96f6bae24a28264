package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.StoreHealth;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** Asks the database for a valid connection, within a bounded time. */
public final class JdbcStoreHealth implements StoreHealth {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    public JdbcStoreHealth(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }
}
