package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Supplier;

/**
 * A fresh migrated database for each test ({@link TestDatabases}), closed after it:
 * {@code @RegisterExtension final MigratedDatabase database = MigratedDatabase.postgres();}. On PostgreSQL
 * without a server the test is skipped with the reason, as {@link TestDatabases#postgres()} does.
 */
final class MigratedDatabase implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<HikariDataSource> opener;
    private HikariDataSource dataSource;

    private MigratedDatabase(Supplier<HikariDataSource> opener) {
        this.opener = opener;
    }

    static MigratedDatabase h2() {
        return new MigratedDatabase(TestDatabases::h2);
    }

    static MigratedDatabase postgres() {
        return new MigratedDatabase(TestDatabases::postgres);
    }

    /** The current test's database. */
    HikariDataSource get() {
        if (dataSource == null) {
            throw new IllegalStateException("the database is opened before each test and closed after it");
        }
        return dataSource;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        dataSource = opener.get();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }
}
