package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("ReceiptPurgeTarget contract: JDBC on H2")
class JdbcReceiptPurgeTargetH2Test extends AbstractJdbcReceiptPurgeTargetTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.h2();
    }
}
