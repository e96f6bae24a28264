package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeLease;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("PurgeLease contract: JDBC on H2")
class JdbcPurgeLeaseH2Test extends AbstractPurgeLeaseContractTest {

    @RegisterExtension
    final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected PurgeLease lease() {
        return new JdbcPurgeLease(database.get(), JdbcPurgeLease.RECEIPT_PURGE);
    }
}
