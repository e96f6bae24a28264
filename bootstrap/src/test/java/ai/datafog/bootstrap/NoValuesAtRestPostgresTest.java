package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("No raw value reaches the database or the logs, on PostgreSQL")
class NoValuesAtRestPostgresTest extends NoValuesAtRestTest {

    private static final String SCHEMA = PostgresSchemaProperties.newSchema("canary");

    @BeforeAll
    static void requirePostgres() {
        TestDatabases.postgresBaseUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchemaProperties.register(registry, SCHEMA);
    }
}
