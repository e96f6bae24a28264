package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("ReceiptPurgeTarget contract: JDBC on PostgreSQL")
class JdbcReceiptPurgeTargetPostgresTest extends AbstractJdbcReceiptPurgeTargetTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.postgres();
    }
}
