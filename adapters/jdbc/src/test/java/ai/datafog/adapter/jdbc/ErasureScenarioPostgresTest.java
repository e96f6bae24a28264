package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.in.EraseSubjectUseCase.EraseCommand;
import ai.datafog.application.port.in.EraseSubjectUseCase.ErasureOutcome;
import ai.datafog.application.retention.ErasureService;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Subject erasure end to end on PostgreSQL")
class ErasureScenarioPostgresTest extends AbstractErasureScenarioTest {

    ErasureScenarioPostgresTest() {
        super(MigratedDatabase.postgres());
    }

    @Test
    @DisplayName("while a receipt partition stays locked (a month being counted to be dropped), an erasure waits without"
            + " holding the rules gate: a hold is placed meanwhile, and the erasure completes once the lock goes")
    void lockedPartitionDoesNotHoldTheGate() throws Exception {
        SeededReceipts.insert(database, "acme", "subject-42", "s1", clock.instant());
        String partition = new org.springframework.jdbc.core.JdbcTemplate(database).queryForObject(
                "SELECT tableoid::regclass::text FROM receipts LIMIT 1", String.class);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> lockHolder = CompletableFuture.runAsync(() -> {
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                connection.createStatement().execute("LOCK TABLE " + partition + " IN EXCLUSIVE MODE");
                locked.countDown();
                release.await(30, TimeUnit.SECONDS);
                connection.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            ErasureService erasures = new ErasureService(new JdbcLegalHoldStore(database), new JdbcPurgeRecordStore(database),
                    new JdbcReceiptPurgeTarget(database), new JdbcRetentionRulesGate(database), 3, clock);
            CompletableFuture<ErasureOutcome> erasing = CompletableFuture.supplyAsync(() -> erasures.erase(new EraseCommand(
                    new ErasureScope("acme", Optional.of("subject-42"), Optional.empty()), "art. 17", "test")));
            Thread.sleep(300);
            assertThat(erasing).as("the erasure waits for the locked partition").isNotDone();

            // The gate is free: a hold on another tenant is placed while the erasure still waits.
            new JdbcLegalHoldStore(database).add(LegalHold.place("other", Optional.empty(), "case", clock.instant()));
            assertThat(erasing).isNotDone();

            release.countDown();
            PurgeRecord record = ((ErasureOutcome.Erased) erasing.get(30, TimeUnit.SECONDS)).record();
            assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
            assertThat(record.rowsDeleted()).isEqualTo(1);
        } finally {
            release.countDown();
            lockHolder.get(30, TimeUnit.SECONDS);
        }
        assertThat(SeededReceipts.count(database)).isZero();
    }
}
