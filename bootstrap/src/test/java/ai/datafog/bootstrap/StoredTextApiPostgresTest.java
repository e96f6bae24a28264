package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("Stored strings: NUL and, in ids, control characters are refused with 400, on PostgreSQL")
class StoredTextApiPostgresTest extends StoredTextApiTest {

    private static final String SCHEMA = PostgresSchemaProperties.newSchema("storedtext");

    @BeforeAll
    static void requirePostgres() {
        TestDatabases.postgresBaseUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchemaProperties.register(registry, SCHEMA);
    }
}
