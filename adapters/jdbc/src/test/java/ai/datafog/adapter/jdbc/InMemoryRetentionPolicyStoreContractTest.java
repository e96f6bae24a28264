package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.application.retention.InMemoryRetentionPolicyStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("RetentionPolicyStore contract: the in-memory fake used by service tests")
class InMemoryRetentionPolicyStoreContractTest extends AbstractRetentionPolicyStoreContractTest {

    private final RetentionPolicyStore fake = new InMemoryRetentionPolicyStore();

    @Override
    protected RetentionPolicyStore store() {
        return fake;
    }
}
