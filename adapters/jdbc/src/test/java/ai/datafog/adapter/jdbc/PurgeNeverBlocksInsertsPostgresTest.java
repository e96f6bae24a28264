package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A purge never blocks receipt inserts, on PostgreSQL")
class PurgeNeverBlocksInsertsPostgresTest extends AbstractPurgeNeverBlocksInsertsTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.postgres();
    }
}
