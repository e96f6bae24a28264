package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Subject erasure end to end on PostgreSQL")
class ErasureScenarioPostgresTest extends AbstractErasureScenarioTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.postgres();
    }
}
