package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionPolicyStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("RetentionPolicyStore contract: JDBC on H2")
class JdbcRetentionPolicyStoreH2Test extends AbstractRetentionPolicyStoreContractTest {

    @RegisterExtension
    final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected RetentionPolicyStore store() {
        return new JdbcRetentionPolicyStore(database.get());
    }
}
