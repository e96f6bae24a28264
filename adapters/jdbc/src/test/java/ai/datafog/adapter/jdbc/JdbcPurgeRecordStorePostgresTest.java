package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeRecordStore;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PurgeRecordStore contract: JDBC on PostgreSQL")
class JdbcPurgeRecordStorePostgresTest extends AbstractPurgeRecordStoreContractTest {

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
    protected PurgeRecordStore store() {
        return new JdbcPurgeRecordStore(database);
    }
}
