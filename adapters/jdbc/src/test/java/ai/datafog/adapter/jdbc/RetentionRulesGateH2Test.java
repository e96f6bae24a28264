package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The retention rules gate on H2")
class RetentionRulesGateH2Test extends AbstractRetentionRulesGateTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.h2();
    }
}
