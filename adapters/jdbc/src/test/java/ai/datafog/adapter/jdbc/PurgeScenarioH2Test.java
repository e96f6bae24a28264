package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Purges end to end on H2")
class PurgeScenarioH2Test extends AbstractPurgeScenarioTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.h2();
    }
}
