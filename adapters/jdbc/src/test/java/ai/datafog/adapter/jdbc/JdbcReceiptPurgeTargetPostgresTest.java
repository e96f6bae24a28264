package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("ReceiptPurgeTarget contract: JDBC on PostgreSQL")
class JdbcReceiptPurgeTargetPostgresTest extends AbstractJdbcReceiptPurgeTargetTest {

    JdbcReceiptPurgeTargetPostgresTest() {
        super(MigratedDatabase.postgres());
    }
}
