package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Purges end to end on PostgreSQL")
class PurgeScenarioPostgresTest extends AbstractPurgeScenarioTest {

    PurgeScenarioPostgresTest() {
        super(MigratedDatabase.postgres());
    }
}
