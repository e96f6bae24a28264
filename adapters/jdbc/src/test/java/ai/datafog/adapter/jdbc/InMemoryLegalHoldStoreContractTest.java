package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.application.retention.InMemoryLegalHoldStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("LegalHoldStore contract: the in-memory fake used by service tests")
class InMemoryLegalHoldStoreContractTest extends AbstractLegalHoldStoreContractTest {

    private final LegalHoldStore fake = new InMemoryLegalHoldStore();

    @Override
    protected LegalHoldStore store() {
        return fake;
    }
}
