package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("LegalHoldStore contract: JDBC on PostgreSQL")
class JdbcLegalHoldStorePostgresTest extends AbstractLegalHoldStoreContractTest {

    @RegisterExtension
    final MigratedDatabase database = MigratedDatabase.postgres();

    @Override
    protected LegalHoldStore store() {
        return new JdbcLegalHoldStore(database.get());
    }
}
