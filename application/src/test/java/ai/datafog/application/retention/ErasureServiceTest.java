package ai.datafog.application.retention;

import ai.datafog.application.port.in.EraseSubjectUseCase.EraseCommand;
import ai.datafog.application.port.in.EraseSubjectUseCase.ErasureOutcome;
import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeScope;
import ai.datafog.domain.retention.PurgeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An erasure deletes a subject's receipts now, unless a hold covers them, and leaves evidence")
class ErasureServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryLegalHoldStore holds = new InMemoryLegalHoldStore();
    private final InMemoryPurgeRecordStore records = new InMemoryPurgeRecordStore();
    private final InMemoryRetentionRulesGate gate = new InMemoryRetentionRulesGate();
    private final InMemoryReceipts receipts = new InMemoryReceipts().gatedBy(gate);
    private final ErasureService service = new ErasureService(holds, records, receipts, gate, 2, clock);

    private ErasureOutcome erase(String actor, String session) {
        return service.erase(new EraseCommand(new ErasureScope("acme", Optional.ofNullable(actor),
                Optional.ofNullable(session)), "ticket canary-reason-777", "http request_id=r1"));
    }

    @Test
    @DisplayName("all of the actor's receipts in the tenant go, fresh ones too; others stay")
    void erasesTheActor() {
        for (int i = 0; i < 5; i++) {
            receipts.add("acme", "alice", "s" + i, NOW);
        }
        var bob = receipts.add("acme", "bob", "s1", NOW);
        var otherTenant = receipts.add("other", "alice", "s1", NOW);

        ErasureOutcome outcome = erase("alice", null);

        PurgeRecord record = ((ErasureOutcome.Erased) outcome).record();
        assertThat(receipts.rows()).containsExactlyInAnyOrder(bob, otherTenant);
        assertThat(record.kind()).isEqualTo(PurgeKind.ERASURE);
        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(5);
        assertThat(receipts.deleteBatches()).as("batches of 2").isEqualTo(3);
        assertThat(records.find(record.id())).contains(record);
        assertThat(record.toString()).doesNotContain("canary-reason-777");
        assertThat(((PurgeScope.Subject) record.scope()).erasure())
                .isEqualTo(new ErasureScope("acme", Optional.of("alice"), Optional.empty()));
    }

    @Test
    @DisplayName("a tenant-wide hold or a hold on the actor refuses the erasure and deletes nothing")
    void heldActorIsRefused() {
        receipts.add("acme", "alice", "s1", NOW);
        LegalHold onAlice = LegalHold.place("acme", Optional.of("alice"), "subpoena", NOW);
        holds.add(onAlice);

        assertThat(erase("alice", null)).isEqualTo(new ErasureOutcome.Held(java.util.List.of(onAlice.id())));
        assertThat(receipts.rows()).hasSize(1);
        assertThat(records.list(PurgeRecordQuery.newest(10), Optional.empty(), 10)).isEmpty();

        holds.release(onAlice.id(), NOW);
        LegalHold wide = LegalHold.place("acme", Optional.empty(), "audit", NOW);
        holds.add(wide);
        assertThat(erase("alice", null)).isEqualTo(new ErasureOutcome.Held(java.util.List.of(wide.id())));
    }

    @Test
    @DisplayName("a session erasure is refused only when a held actor has receipts in that session")
    void sessionErasureChecksHeldActorsAgainstData() {
        receipts.add("acme", "alice", "s1", NOW);
        receipts.add("acme", "bob", "s2", NOW);
        LegalHold onBob = LegalHold.place("acme", Optional.of("bob"), "subpoena", NOW);
        holds.add(onBob);

        assertThat(erase(null, "s2")).isEqualTo(new ErasureOutcome.Held(java.util.List.of(onBob.id())));
        ErasureOutcome s1 = erase(null, "s1");
        assertThat(s1).isInstanceOf(ErasureOutcome.Erased.class);
        assertThat(((ErasureOutcome.Erased) s1).record().rowsDeleted()).isEqualTo(1);
    }

    @Test
    @DisplayName("a hold placed while an erasure runs stops it before its next batch: interrupted, what went on record, the rest kept")
    void holdPlacedDuringTheErasureStopsIt() {
        for (int i = 0; i < 5; i++) {
            receipts.add("acme", "alice", "s" + i, NOW);
        }
        InMemoryReceipts placingAHold = new InMemoryReceipts() {
            @Override
            public synchronized int deleteSubjectBatch(ErasureScope scope, int batchSize) {
                int deleted = receipts.deleteSubjectBatch(scope, batchSize);
                holds.add(LegalHold.place("acme", Optional.of("alice"), "subpoena served meanwhile", NOW));
                return deleted;
            }

            @Override
            public synchronized long countSubjectReceiptsOf(ErasureScope scope, java.util.Set<String> actorIds) {
                return receipts.countSubjectReceiptsOf(scope, actorIds);
            }
        };
        ErasureService erasing = new ErasureService(holds, records, placingAHold, gate, 2, clock);

        ErasureOutcome outcome = erasing.erase(new EraseCommand(new ErasureScope("acme", Optional.of("alice"),
                Optional.empty()), "ticket", "http request_id=r2"));

        PurgeRecord record = ((ErasureOutcome.Erased) outcome).record();
        assertThat(record.status()).isEqualTo(PurgeStatus.INTERRUPTED);
        assertThat(record.error()).hasValueSatisfying(error -> assertThat(error).contains("legal hold"));
        assertThat(record.rowsDeleted()).isEqualTo(2);
        assertThat(receipts.rows()).hasSize(3);
        assertThat(records.find(record.id())).contains(record);
    }

    @Test
    @DisplayName("receipts locked for a moment (a month being emptied) make the erasure wait outside the gate and try again")
    void busyReceiptsAreRetried() {
        for (int i = 0; i < 3; i++) {
            receipts.add("acme", "alice", "s" + i, NOW);
        }
        int[] refusals = {0};
        InMemoryReceipts lockedAtFirst = new InMemoryReceipts() {
            @Override
            public synchronized int deleteSubjectBatch(ErasureScope scope, int batchSize) {
                if (refusals[0] < 2) {
                    refusals[0]++;
                    throw new ReceiptPurgeTarget.Busy("locked", null);
                }
                return receipts.deleteSubjectBatch(scope, batchSize);
            }
        };
        ErasureService erasing = new ErasureService(holds, records, lockedAtFirst, gate, 2, clock);

        ErasureOutcome outcome = erasing.erase(new EraseCommand(new ErasureScope("acme", Optional.of("alice"),
                Optional.empty()), "ticket", "http request_id=r3"));

        PurgeRecord record = ((ErasureOutcome.Erased) outcome).record();
        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(3);
        assertThat(refusals[0]).isEqualTo(2);
        assertThat(receipts.rows()).isEmpty();
    }
}
