package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.application.retention.InMemoryPurgeRecordStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PurgeRecordStore contract: the in-memory fake used by service tests")
class InMemoryPurgeRecordStoreContractTest extends AbstractPurgeRecordStoreContractTest {

    private final PurgeRecordStore fake = new InMemoryPurgeRecordStore();

    @Override
    protected PurgeRecordStore store() {
        return fake;
    }
}
