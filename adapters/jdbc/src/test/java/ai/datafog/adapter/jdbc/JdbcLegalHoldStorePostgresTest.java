package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("LegalHoldStore contract: JDBC on PostgreSQL")
class JdbcLegalHoldStorePostgresTest extends AbstractLegalHoldStoreContractTest {

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
    protected LegalHoldStore store() {
        return new JdbcLegalHoldStore(database);
    }
}
