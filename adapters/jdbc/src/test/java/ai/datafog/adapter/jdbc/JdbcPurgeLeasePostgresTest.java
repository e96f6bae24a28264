package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeLease;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("PurgeLease contract: JDBC on PostgreSQL")
class JdbcPurgeLeasePostgresTest extends AbstractPurgeLeaseContractTest {

    @RegisterExtension
    final MigratedDatabase database = MigratedDatabase.postgres();

    @Override
    protected PurgeLease lease() {
        return new JdbcPurgeLease(database.get(), JdbcPurgeLease.RECEIPT_PURGE);
    }
}
