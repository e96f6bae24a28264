package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.application.retention.InMemoryReceipts;
import org.junit.jupiter.api.DisplayName;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@DisplayName("ReceiptPurgeTarget contract: the in-memory fake used by service tests")
class InMemoryReceiptsContractTest extends AbstractReceiptPurgeTargetContractTest {

    private final InMemoryReceipts fake = new InMemoryReceipts();

    @Override
    protected ReceiptPurgeTarget target() {
        return fake;
    }

    @Override
    protected UUID seed(String tenantId, String actorId, String sessionId, Instant createdAt) {
        return fake.add(tenantId, actorId, sessionId, createdAt).id();
    }

    @Override
    protected Set<UUID> remaining() {
        return fake.rows().stream().map(InMemoryReceipts.Row::id).collect(Collectors.toSet());
    }
}
