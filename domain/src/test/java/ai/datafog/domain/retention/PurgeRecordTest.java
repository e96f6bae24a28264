package ai.datafog.domain.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A purge record is consistent evidence of one purge or erasure")
class PurgeRecordTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Test
    @DisplayName("tenant entries add up to the rows deleted, and a tenant's entry is replaced as it progresses")
    void tenantsAddUp() {
        PurgeRecord record = PurgeRecord.startPurge(PurgeKind.SCHEDULED, false, "cron", NOW);
        TenantPurge acme = TenantPurge.start(Optional.of("acme"), Retention.ofDays(30), NOW, HoldCoverage.NONE);
        record = record.withTenant(acme.plusReceipts(10)).withTenant(acme.plusReceipts(25))
                .withTenant(TenantPurge.start(Optional.empty(), Retention.ofDays(90), NOW, HoldCoverage.NONE).plusReceipts(5));
        assertThat(record.tenants()).hasSize(2);
        assertThat(record.rowsDeleted()).isEqualTo(30);
    }

    @Test
    @DisplayName("a tenant's entry put under a changed rule keeps its count and shows the new retention, cutoff and holds")
    void tenantEntryUnderANewRule() {
        TenantPurge before = TenantPurge.start(Optional.of("acme"), Retention.ofDays(30), NOW, HoldCoverage.NONE)
                .plusReceipts(4);

        TenantPurge after = before.under(Retention.ofDays(60), NOW.minusSeconds(86_400 * 30L),
                new HoldCoverage(false, java.util.Set.of("alice", "bob")));

        assertThat(after.receipts()).isEqualTo(4);
        assertThat(after.retention()).isEqualTo(Retention.ofDays(60));
        assertThat(after.cutoff()).isEqualTo(NOW.minusSeconds(86_400 * 30L));
        assertThat(after.tenantHeld()).isFalse();
        assertThat(after.actorsHeld()).isEqualTo(2);
        assertThat(before.under(Retention.ofDays(30), NOW, new HoldCoverage(true, java.util.Set.of())).tenantHeld()).isTrue();
    }

    @Test
    @DisplayName("a dry run counts per tenant but deletes nothing")
    void dryRunDeletesNothing() {
        PurgeRecord dry = PurgeRecord.startPurge(PurgeKind.MANUAL, true, "http", NOW)
                .withTenant(TenantPurge.start(Optional.of("acme"), Retention.ofDays(1), NOW, HoldCoverage.NONE).plusReceipts(7));
        assertThat(dry.rowsDeleted()).isZero();
        assertThat(dry.tenants().get(0).receipts()).isEqualTo(7);
        assertThatThrownBy(() -> dry.withIdempotencyRecordsDeleted(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("finishing sets the end time once; a finished record cannot finish again")
    void finishOnce() {
        PurgeRecord record = PurgeRecord.startPurge(PurgeKind.MANUAL, false, "http", NOW);
        assertThat(record.status()).isEqualTo(PurgeStatus.RUNNING);
        assertThat(record.finishedAt()).isEmpty();
        PurgeRecord done = record.finish(PurgeStatus.SUCCEEDED, NOW.plusSeconds(3), Optional.empty());
        assertThat(done.finishedAt()).contains(NOW.plusSeconds(3));
        assertThatThrownBy(() -> done.finish(PurgeStatus.FAILED, NOW, Optional.empty())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> record.finish(PurgeStatus.RUNNING, NOW, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("only an erasure has a subject scope, and an erasure is never a dry run")
    void erasureShape() {
        ErasureScope scope = new ErasureScope("acme", Optional.of("alice"), Optional.empty());
        PurgeRecord erasure = PurgeRecord.startErasure(scope, "http", NOW);
        assertThat(erasure.kind()).isEqualTo(PurgeKind.ERASURE);
        assertThat(erasure.scope()).isEqualTo(new PurgeScope.Subject(scope));
        assertThatThrownBy(() -> PurgeRecord.startPurge(PurgeKind.ERASURE, false, "x", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurgeRecord(PurgeId.random(), PurgeKind.ERASURE, true, "x", NOW, Optional.empty(),
                new PurgeScope.Subject(scope), java.util.List.of(), 0, 0, 0, PurgeStatus.RUNNING, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
