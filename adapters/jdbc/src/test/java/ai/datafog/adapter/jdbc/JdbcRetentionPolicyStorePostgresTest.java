package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionPolicyStore;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("RetentionPolicyStore contract: JDBC on PostgreSQL")
class JdbcRetentionPolicyStorePostgresTest extends AbstractRetentionPolicyStoreContractTest {

    private HikariDataSource database;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.postgres();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected RetentionPolicyStore store() {
        return new JdbcRetentionPolicyStore(database);
    }
}
