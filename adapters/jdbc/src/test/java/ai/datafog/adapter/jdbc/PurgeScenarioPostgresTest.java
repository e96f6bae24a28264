package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Purges end to end on PostgreSQL")
class PurgeScenarioPostgresTest extends AbstractPurgeScenarioTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.postgres();
    }
}
