package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeRecordStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("PurgeRecordStore contract: JDBC on PostgreSQL")
class JdbcPurgeRecordStorePostgresTest extends AbstractPurgeRecordStoreContractTest {

    @RegisterExtension
    final MigratedDatabase database = MigratedDatabase.postgres();

    @Override
    protected PurgeRecordStore store() {
        return new JdbcPurgeRecordStore(database.get());
    }
}
