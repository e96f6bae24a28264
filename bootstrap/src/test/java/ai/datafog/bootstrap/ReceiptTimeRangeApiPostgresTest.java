package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("Receipt queries refuse times outside the years 0001 to 9999 with 400, on PostgreSQL")
class ReceiptTimeRangeApiPostgresTest extends ReceiptTimeRangeApiTest {

    private static final String SCHEMA = PostgresSchemaProperties.newSchema("timerange");

    @BeforeAll
    static void requirePostgres() {
        TestDatabases.postgresBaseUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchemaProperties.register(registry, SCHEMA);
    }
}
