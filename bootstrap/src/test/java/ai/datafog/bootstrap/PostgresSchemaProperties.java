package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.Locale;
import java.util.UUID;

/** Points a Spring test's service at a fresh schema of the PostgreSQL server under test. */
final class PostgresSchemaProperties {

    private PostgresSchemaProperties() {
    }

    /** A new schema name with {@code prefix}; Flyway creates it when the service starts. */
    static String newSchema(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /** Database URL and Flyway schema for {@code schema}; call {@link TestDatabases#postgresBaseUrl} in a @BeforeAll first. */
    static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("DATAFOG_DB_URL", () -> TestDatabases.postgresSchemaUrl(schema));
        registry.add("DATAFOG_RECEIPT_HASH_KEY", () -> "postgres-test-key");
        registry.add("spring.flyway.schemas", () -> schema);
    }
}
