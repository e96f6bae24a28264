package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("One purge at a time across replicas, on H2")
class SingleRunnerH2Test extends AbstractSingleRunnerTest {

    SingleRunnerH2Test() {
        super(MigratedDatabase.h2());
    }
}
