package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Flyway migrations in db/ are the schema, on H2 and on PostgreSQL alike")
class MigrationsTest {

    @Test
    @DisplayName("the migrations create the receipts table and its indexes on H2")
    void migrationsApplyOnH2() throws Exception {
        try (HikariDataSource h2 = TestDatabases.h2()) {
            assertReceiptsTableIsUsable(h2);
        }
    }

    @Test
    @DisplayName("the same migrations create the same receipts table on PostgreSQL")
    void migrationsApplyOnPostgres() throws Exception {
        try (HikariDataSource postgres = TestDatabases.postgres()) {
            assertReceiptsTableIsUsable(postgres);
        }
    }

    private static void assertReceiptsTableIsUsable(HikariDataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), "receipts", null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
            assertThat(columns).contains("receipt_id", "created_at", "tenant_id", "decision", "findings", "action_hash");
            try (var statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM receipts")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
