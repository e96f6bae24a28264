package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("One purge at a time across replicas, on H2")
class SingleRunnerH2Test extends AbstractSingleRunnerTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.h2();
    }
}
