package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeRecordStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("PurgeRecordStore contract: JDBC on H2")
class JdbcPurgeRecordStoreH2Test extends AbstractPurgeRecordStoreContractTest {

    @RegisterExtension
    final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected PurgeRecordStore store() {
        return new JdbcPurgeRecordStore(database.get());
    }
}
