package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.domain.retention.HoldCoverage;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JdbcReceiptPurgeTarget} on a migrated database: the port's contract, plus what only SQL has,
 * the rows of tables that reference receipts.
 */
abstract class AbstractJdbcReceiptPurgeTargetTest extends AbstractReceiptPurgeTargetContractTest {

    protected HikariDataSource database;

    @RegisterExtension
    final MigratedDatabase migrated;

    protected AbstractJdbcReceiptPurgeTargetTest(MigratedDatabase migrated) {
        this.migrated = migrated;
    }

    @BeforeEach
    void open() {
        database = migrated.get();
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

    @Test
    @DisplayName("a batch deletes the rule rows of the receipts it deletes, and only theirs; a held actor keeps both")
    void childRowsGoWithTheirReceipt() {
        UUID expired = seed("acme", "bob", null, OLD.minusSeconds(2));
        UUID held = seed("acme", "alice", null, OLD.minusSeconds(1));
        UUID fresh = seed("acme", "bob", null, CUTOFF);
        for (UUID id : List.of(expired, held, fresh)) {
            SeededReceipts.insertRule(database, id, "allow-all");
            SeededReceipts.insertRule(database, id, "pii-mask");
        }

        ReceiptPurgeTarget.ExpiredBatch batch = target().deleteExpiredBatch(only("acme"), CUTOFF,
                new HoldCoverage(false, Set.of("alice")), EPOCH, 10);

        assertThat(batch.deletedByTenant()).isEqualTo(Map.of(Optional.of("acme"), 1));
        assertThat(remaining()).containsExactlyInAnyOrder(held, fresh);
        assertThat(new HashSet<>(SeededReceipts.ruleReceiptIds(database))).containsExactlyInAnyOrder(held, fresh);
    }
}
