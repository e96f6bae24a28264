package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("ReceiptPurgeTarget contract: JDBC on H2")
class JdbcReceiptPurgeTargetH2Test extends AbstractJdbcReceiptPurgeTargetTest {

    JdbcReceiptPurgeTargetH2Test() {
        super(MigratedDatabase.h2());
    }
}
