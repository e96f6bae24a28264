package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The retention rules gate on PostgreSQL")
class RetentionRulesGatePostgresTest extends AbstractRetentionRulesGateTest {

    RetentionRulesGatePostgresTest() {
        super(MigratedDatabase.postgres());
    }
}
