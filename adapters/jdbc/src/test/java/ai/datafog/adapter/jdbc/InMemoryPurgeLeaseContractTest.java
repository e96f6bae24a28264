package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeLease;
import ai.datafog.application.retention.InMemoryPurgeLease;
import org.junit.jupiter.api.DisplayName;
import java.time.Clock;

@DisplayName("PurgeLease contract: the in-memory fake used by service tests")
class InMemoryPurgeLeaseContractTest extends AbstractPurgeLeaseContractTest {

    private final PurgeLease fake = new InMemoryPurgeLease(Clock.systemUTC());

    @Override
    protected PurgeLease lease() {
        return fake;
    }
}
