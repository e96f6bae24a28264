package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("One purge at a time across replicas, on PostgreSQL")
class SingleRunnerPostgresTest extends AbstractSingleRunnerTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.postgres();
    }
}
