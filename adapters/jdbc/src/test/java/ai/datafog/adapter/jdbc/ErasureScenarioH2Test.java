package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Subject erasure end to end on H2")
class ErasureScenarioH2Test extends AbstractErasureScenarioTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.h2();
    }
}
