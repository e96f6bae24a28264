package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Locale;
import java.util.UUID;

@DisplayName("No raw value reaches the database or the logs, on PostgreSQL")
class NoValuesAtRestPostgresTest extends NoValuesAtRestTest {

    private static final String SCHEMA = "canary_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @BeforeAll
    static void requirePostgres() {
        TestDatabases.postgresBaseUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("DATAFOG_DB_URL", () -> {
            String base = TestDatabases.postgresBaseUrl();
            return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        });
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }
}
