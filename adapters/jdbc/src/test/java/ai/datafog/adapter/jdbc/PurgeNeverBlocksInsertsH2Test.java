package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A purge never blocks receipt inserts, on H2")
class PurgeNeverBlocksInsertsH2Test extends AbstractPurgeNeverBlocksInsertsTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.h2();
    }
}
