package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The retention rules gate on PostgreSQL")
class RetentionRulesGatePostgresTest extends AbstractRetentionRulesGateTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.postgres();
    }
}
