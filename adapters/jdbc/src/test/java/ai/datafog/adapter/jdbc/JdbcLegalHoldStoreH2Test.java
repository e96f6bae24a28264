package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("LegalHoldStore contract: JDBC on H2")
class JdbcLegalHoldStoreH2Test extends AbstractLegalHoldStoreContractTest {

    private HikariDataSource database;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.h2();
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
