package ai.datafog.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database a connection talks to, where the SQL differs between H2 and PostgreSQL. */
final class Vendor {

    private Vendor() {
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
