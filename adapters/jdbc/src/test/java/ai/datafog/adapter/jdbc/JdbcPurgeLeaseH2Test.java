package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeLease;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PurgeLease contract: JDBC on H2")
class JdbcPurgeLeaseH2Test extends AbstractPurgeLeaseContractTest {

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
    protected PurgeLease lease() {
        return new JdbcPurgeLease(database, JdbcPurgeLease.RECEIPT_PURGE);
    }
}
