package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@DisplayName("ReceiptPurgeTarget contract: JDBC on PostgreSQL")
class JdbcReceiptPurgeTargetPostgresTest extends AbstractReceiptPurgeTargetContractTest {

    private HikariDataSource database;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.postgres();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ReceiptPurgeTarget target() {
        return new JdbcReceiptPurgeTarget(database);
    }

    @Override
    protected UUID seed(String tenantId, String actorId, String sessionId, Instant createdAt) {
        return SeededReceipts.insert(database, tenantId, actorId, sessionId, createdAt);
    }

    @Override
    protected Set<UUID> remaining() {
        return new HashSet<>(SeededReceipts.ids(database));
    }
}
