package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Purges end to end on H2")
class PurgeScenarioH2Test extends AbstractPurgeScenarioTest {

    PurgeScenarioH2Test() {
        super(MigratedDatabase.h2());
    }
}
