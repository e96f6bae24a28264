package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Flyway-migrated test databases. H2 always; PostgreSQL from {@code DATAFOG_TEST_DB_URL} (CI), else
 * from Testcontainers when Docker is available, else the calling test is skipped with the reason.
 * Each call gets a fresh schema, so tests never see each other's rows.
 */
public final class TestDatabases {

    public static final String TEST_DB_URL_VARIABLE = "DATAFOG_TEST_DB_URL";
    private static PostgreSQLContainer container;

    private TestDatabases() {
    }

    /** A fresh, migrated in-memory H2 database in PostgreSQL mode. */
    public static HikariDataSource h2() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        HikariDataSource dataSource = pool("jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", null, null);
        migrate(dataSource, null, "h2", null);
        return dataSource;
    }

    /** A fresh, migrated schema in PostgreSQL, or the test is skipped with the reason printed. */
    public static HikariDataSource postgres() {
        return postgresMigratedTo(null);
    }

    /** A fresh PostgreSQL schema migrated up to {@code version} only (all when null); see {@link #migratePostgres}. */
    public static HikariDataSource postgresMigratedTo(String version) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        HikariDataSource dataSource = pool(postgresSchemaUrl(schema), user(), password());
        migrate(dataSource, schema, "postgresql", version);
        return dataSource;
    }

    /** Applies the remaining migrations to a schema made by {@link #postgresMigratedTo}. */
    public static void migratePostgres(HikariDataSource dataSource) {
        String url = dataSource.getJdbcUrl();
        migrate(dataSource, url.substring(url.indexOf("currentSchema=") + "currentSchema=".length()), "postgresql", null);
    }

    /**
     * Another pool on {@code dataSource}'s PostgreSQL schema (a second replica, say), its sessions started with
     * each of {@code settings} ({@code "random_page_cost=1.1"}: the server's {@code -c} options).
     */
    public static HikariDataSource samePostgresSchema(HikariDataSource dataSource, String... settings) {
        String url = dataSource.getJdbcUrl();
        if (settings.length > 0) {
            String options = String.join(" ", Arrays.stream(settings).map(setting -> "-c " + setting).toList());
            url += (url.contains("?") ? "&" : "?") + "options=" + URLEncoder.encode(options, StandardCharsets.UTF_8);
        }
        return pool(url, dataSource.getUsername(), dataSource.getPassword());
    }

    /** The JDBC URL of {@code schema} on the PostgreSQL server under test, or the test is skipped. */
    public static String postgresSchemaUrl(String schema) {
        String base = postgresBaseUrl();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The JDBC URL of the PostgreSQL server under test (no schema), or the test is skipped. */
    public static String postgresBaseUrl() {
        String configured = System.getenv(TEST_DB_URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError unavailable) {
            docker = false;
        }
        if (!docker) {
            String reason = "PostgreSQL tests skipped: " + TEST_DB_URL_VARIABLE + " is not set and Docker is not available";
            System.err.println(reason);
            Assumptions.abort(reason);
        }
        synchronized (TestDatabases.class) {
            if (container == null) {
                container = new PostgreSQLContainer("postgres:15-alpine");
                container.start();
            }
        }
        return container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + container.getUsername() + "&password=" + container.getPassword();
    }

    private static String user() {
        return System.getenv().getOrDefault("DATAFOG_TEST_DB_USER", null);
    }

    private static String password() {
        return System.getenv().getOrDefault("DATAFOG_TEST_DB_PASSWORD", null);
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        if (user != null) {
            dataSource.setUsername(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setMaximumPoolSize(8);
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }

    /** The locations of spring.flyway.locations in application.properties, {vendor} resolved. */
    private static void migrate(DataSource dataSource, String schema, String vendor, String version) {
        var flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
        if (version != null) {
            flyway = flyway.target(version);
        }
        if (schema != null) {
            flyway = flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }
}
