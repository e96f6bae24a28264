package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link ReceiptPurgeTarget}, run against every implementation. */
abstract class AbstractReceiptPurgeTargetContractTest {

    protected static final Instant CUTOFF = Instant.parse("2026-06-01T00:00:00Z");
    protected static final Instant OLD = CUTOFF.minusSeconds(3600);

    protected abstract ReceiptPurgeTarget target();

    protected abstract UUID seed(String tenantId, String actorId, String sessionId, Instant createdAt);

    protected abstract Set<UUID> remaining();

    @Test
    @DisplayName("tenants with receipts before an instant include the no-tenant bucket, each once")
    void tenants() {
        seed("acme", "a", null, OLD);
        seed("acme", "b", null, OLD);
        seed(null, null, null, OLD);
        seed("fresh-only", "a", null, CUTOFF.plusSeconds(1));
        assertThat(target().tenantsWithReceiptsBefore(CUTOFF))
                .containsExactlyInAnyOrder(Optional.of("acme"), Optional.empty());
    }

    protected static final Instant EPOCH = Instant.EPOCH;

    protected static Set<Optional<String>> only(String tenant) {
        return Set.of(Optional.ofNullable(tenant));
    }

    @Test
    @DisplayName("a batch deletes at most N expired receipts of the tenants, oldest first, strictly before the cutoff")
    void batchDeletes() {
        for (int i = 0; i < 5; i++) {
            seed("acme", "a", null, OLD.minusSeconds(i));
        }
        UUID atCutoff = seed("acme", "a", null, CUTOFF);
        UUID otherTenant = seed("other", "a", null, OLD);
        UUID noTenant = seed(null, null, null, OLD);
        ReceiptPurgeTarget target = target();

        assertThat(target.countExpired(Optional.of("acme"), CUTOFF, HoldCoverage.NONE)).isEqualTo(5);
        ReceiptPurgeTarget.ExpiredBatch first = target.deleteExpiredBatch(only("acme"), CUTOFF, HoldCoverage.NONE, EPOCH, 3);
        assertThat(first.deletedByTenant()).isEqualTo(Map.of(Optional.of("acme"), 3));
        assertThat(first.found()).as("with nothing deleting beside it, a batch deletes what it finds").isEqualTo(3);
        first.newestDeleted().ifPresent(newest -> assertThat(newest).as("reported only when oldest first")
                .isEqualTo(OLD.minusSeconds(2)));
        assertThat(target.deleteExpiredBatch(only("acme"), CUTOFF, HoldCoverage.NONE, first.newestDeleted().orElse(EPOCH), 3)
                .total()).isEqualTo(2);
        ReceiptPurgeTarget.ExpiredBatch none = target.deleteExpiredBatch(only("acme"), CUTOFF, HoldCoverage.NONE, EPOCH, 3);
        assertThat(none.total()).isZero();
        assertThat(none.found()).isZero();
        assertThat(none.newestDeleted()).isEmpty();
        assertThat(remaining()).containsExactlyInAnyOrder(atCutoff, otherTenant, noTenant);

        assertThat(target.deleteExpiredBatch(only(null), CUTOFF, HoldCoverage.NONE, EPOCH, 3).deletedByTenant())
                .isEqualTo(Map.of(Optional.empty(), 1));
        assertThat(remaining()).containsExactlyInAnyOrder(atCutoff, otherTenant);
    }

    @Test
    @DisplayName("one batch spans several tenants, the no-tenant bucket included, and counts each")
    void batchAcrossTenants() {
        seed("acme", "a", null, OLD.minusSeconds(3));
        seed(null, null, null, OLD.minusSeconds(2));
        seed("bank", "b", null, OLD.minusSeconds(1));
        UUID notInGroup = seed("other", "a", null, OLD.minusSeconds(9));
        UUID tooYoung = seed("acme", "a", null, CUTOFF);

        ReceiptPurgeTarget.ExpiredBatch batch = target().deleteExpiredBatch(
                Set.of(Optional.of("acme"), Optional.of("bank"), Optional.empty()), CUTOFF, HoldCoverage.NONE, EPOCH, 3);

        assertThat(batch.deletedByTenant()).isEqualTo(Map.of(Optional.of("acme"), 1, Optional.of("bank"), 1, Optional.empty(), 1));
        batch.newestDeleted().ifPresent(newest -> assertThat(newest).isEqualTo(OLD.minusSeconds(1)));
        assertThat(remaining()).containsExactlyInAnyOrder(notInGroup, tooYoung);
    }

    @Test
    @DisplayName("receipts created before 'from' are left to a later pass")
    void fromBound() {
        UUID older = seed("acme", "a", null, OLD.minusSeconds(100));
        seed("acme", "a", null, OLD.minusSeconds(10));
        assertThat(target().deleteExpiredBatch(only("acme"), CUTOFF, HoldCoverage.NONE, OLD.minusSeconds(50), 10).total())
                .isEqualTo(1);
        assertThat(remaining()).containsExactly(older);
    }

    @Test
    @DisplayName("held actors' receipts are skipped, receipts without an actor are not; a held tenant loses nothing")
    void holdsAreSkipped() {
        UUID alice = seed("acme", "alice", null, OLD);
        UUID bob = seed("acme", "bob", null, OLD);
        seed("acme", "carol", null, OLD);
        seed("acme", null, null, OLD);
        ReceiptPurgeTarget target = target();
        HoldCoverage heldActors = new HoldCoverage(false, Set.of("alice", "bob"));

        assertThat(target.countExpired(Optional.of("acme"), CUTOFF, heldActors)).isEqualTo(2);
        assertThat(target.deleteExpiredBatch(only("acme"), CUTOFF, new HoldCoverage(true, Set.of()), EPOCH, 10).total()).isZero();
        assertThat(target.countExpired(Optional.of("acme"), CUTOFF, new HoldCoverage(true, Set.of()))).isZero();
        assertThat(target.deleteExpiredBatch(only("acme"), CUTOFF, heldActors, EPOCH, 10).total()).isEqualTo(2);
        assertThat(remaining()).containsExactlyInAnyOrder(alice, bob);
    }

    @Test
    @DisplayName("batches stop at the batch size and resume where they stopped, with an actor hold in force")
    void resumesWithAHold() {
        for (int i = 0; i < 7; i++) {
            seed("acme", "bob", null, OLD.minusSeconds(100 - i));
        }
        UUID held = seed("acme", "alice", null, OLD.minusSeconds(200));
        HoldCoverage alice = new HoldCoverage(false, Set.of("alice"));
        ReceiptPurgeTarget target = target();

        ReceiptPurgeTarget.ExpiredBatch first = target.deleteExpiredBatch(only("acme"), CUTOFF, alice, EPOCH, 4);
        ReceiptPurgeTarget.ExpiredBatch second = target.deleteExpiredBatch(only("acme"), CUTOFF, alice,
                first.newestDeleted().orElse(EPOCH), 4);
        ReceiptPurgeTarget.ExpiredBatch third = target.deleteExpiredBatch(only("acme"), CUTOFF, alice,
                second.newestDeleted().orElse(EPOCH), 4);

        assertThat(List.of(first.total(), second.total(), third.total())).containsExactly(4, 3, 0);
        assertThat(remaining()).containsExactly(held);
    }

    @Test
    @DisplayName("a subject batch deletes the tenant's receipts of the actor, of the session, or of both together")
    void subjectDeletes() {
        UUID aliceS1 = seed("acme", "alice", "s1", CUTOFF.plusSeconds(99));
        UUID aliceS2 = seed("acme", "alice", "s2", OLD);
        UUID bobS1 = seed("acme", "bob", "s1", OLD);
        UUID aliceElsewhere = seed("other", "alice", "s1", OLD);
        ReceiptPurgeTarget target = target();

        ErasureScope aliceInS1 = new ErasureScope("acme", Optional.of("alice"), Optional.of("s1"));
        assertThat(target.deleteSubjectBatch(aliceInS1, 10)).isEqualTo(1);
        assertThat(remaining()).doesNotContain(aliceS1);

        ErasureScope session1 = new ErasureScope("acme", Optional.empty(), Optional.of("s1"));
        assertThat(target.countSubjectReceiptsOf(session1, Set.of("bob"))).isEqualTo(1);
        assertThat(target.countSubjectReceiptsOf(session1, Set.of("alice"))).isZero();
        assertThat(target.countSubjectReceiptsOf(session1, Set.of())).isZero();

        ErasureScope alice = new ErasureScope("acme", Optional.of("alice"), Optional.empty());
        assertThat(target.deleteSubjectBatch(alice, 10)).isEqualTo(1);
        assertThat(remaining()).containsExactlyInAnyOrder(bobS1, aliceElsewhere).doesNotContain(aliceS2);
    }
}
