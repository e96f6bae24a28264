package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The retention rules gate on H2")
class RetentionRulesGateH2Test extends AbstractRetentionRulesGateTest {

    RetentionRulesGateH2Test() {
        super(MigratedDatabase.h2());
    }
}
