package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("One purge at a time across replicas, on PostgreSQL")
class SingleRunnerPostgresTest extends AbstractSingleRunnerTest {

    SingleRunnerPostgresTest() {
        super(MigratedDatabase.postgres());
    }
}
