package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("LegalHoldStore contract: JDBC on H2")
class JdbcLegalHoldStoreH2Test extends AbstractLegalHoldStoreContractTest {

    @RegisterExtension
    final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected LegalHoldStore store() {
        return new JdbcLegalHoldStore(database.get());
    }
}
