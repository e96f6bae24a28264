package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldCoverage;
import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeScope;
import ai.datafog.domain.retention.PurgeStatus;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.TenantPurge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link PurgeRecordStore}, run against every implementation. */
abstract class AbstractPurgeRecordStoreContractTest {

    private static final Instant T = Instant.parse("2026-06-30T12:00:00Z");

    protected abstract PurgeRecordStore store();

    private static PurgeRecord finished(Instant at) {
        return PurgeRecord.startPurge(PurgeKind.SCHEDULED, false, "cron", at)
                .finish(PurgeStatus.SUCCEEDED, at.plusSeconds(1), Optional.empty());
    }

    @Test
    @DisplayName("a record with per-tenant cutoffs (the no-tenant bucket too) reads back equal, and saving replaces it")
    void roundTrip() {
        PurgeRecordStore store = store();
        PurgeRecord record = PurgeRecord.startPurge(PurgeKind.MANUAL, false, "http request_id=r1", T)
                .withTenant(TenantPurge.start(Optional.of("acme"), Retention.ofDays(30), T.minusSeconds(100),
                        new HoldCoverage(false, Set.of("alice", "bob"))).plusReceipts(12))
                .withTenant(TenantPurge.start(Optional.empty(), Retention.ofDays(90), T.minusSeconds(900),
                        HoldCoverage.NONE).plusReceipts(3));
        store.save(record);
        assertThat(store.find(record.id())).contains(record);

        PurgeRecord done = record
                .withTenant(TenantPurge.start(Optional.of("held"), Retention.ofDays(1), T, new HoldCoverage(true, Set.of())))
                .withIdempotencyRecordsDeleted(4).withPurgeRecordsDeleted(1)
                .finish(PurgeStatus.FAILED, T.plusSeconds(5), Optional.of("failed while deleting receipts: X"));
        store.save(done);
        assertThat(store.find(record.id())).contains(done);
        assertThat(store.find(PurgeId.random())).isEmpty();
    }

    @Test
    @DisplayName("an erasure keeps its subject ids and nothing else about the subject")
    void erasureRoundTrip() {
        PurgeRecordStore store = store();
        PurgeRecord erasure = PurgeRecord.startErasure(new ErasureScope("acme", Optional.empty(), Optional.of("s-9")),
                "http request_id=r2", T).withRowsDeleted(7).finish(PurgeStatus.SUCCEEDED, T.plusSeconds(1), Optional.empty());
        store.save(erasure);
        assertThat(store.find(erasure.id())).contains(erasure);
    }

    @Test
    @DisplayName("the newest records come first, up to the limit")
    void newestFirst() {
        PurgeRecordStore store = store();
        PurgeRecord first = finished(T);
        PurgeRecord second = finished(T.plusSeconds(60));
        PurgeRecord third = finished(T.plusSeconds(120));
        store.save(second);
        store.save(third);
        store.save(first);
        assertThat(store.list(PurgeRecordQuery.newest(2), Optional.empty(), 2)).containsExactly(third, second);
        assertThat(store.list(PurgeRecordQuery.newest(10), Optional.empty(), 10)).containsExactly(third, second, first);
    }

    @Test
    @DisplayName("the list pages newest first after a given record, ties in time broken by id as the databases order UUIDs, and filters by kind and status")
    void listPagesAndFilters() {
        PurgeRecordStore store = store();
        PurgeRecord low = record("00000000-0000-4000-8000-000000000001", PurgeKind.SCHEDULED, T, PurgeStatus.SUCCEEDED);
        PurgeRecord high = record("80000000-0000-4000-8000-000000000001", PurgeKind.MANUAL, T, PurgeStatus.FAILED);
        PurgeRecord newest = record("40000000-0000-4000-8000-000000000001", PurgeKind.SCHEDULED, T.plusSeconds(5),
                PurgeStatus.RUNNING);
        PurgeRecord erasure = PurgeRecord.startErasure(new ErasureScope("acme", Optional.of("a-1"), Optional.empty()),
                "http", T.minusSeconds(5)).finish(PurgeStatus.SUCCEEDED, T, Optional.empty());
        for (PurgeRecord record : List.of(low, erasure, newest, high)) {
            store.save(record);
        }

        List<PurgeRecord> walked = new ArrayList<>();
        Optional<PurgeRecord> after = Optional.empty();
        for (int page = 0; page < 5; page++) {
            List<PurgeRecord> rows = store.list(PurgeRecordQuery.newest(1), after, 1);
            walked.addAll(rows);
            after = rows.isEmpty() ? after : Optional.of(rows.get(0));
        }
        assertThat(walked).as("one at a time, each after the last").containsExactly(newest, high, low, erasure);
        assertThat(store.list(PurgeRecordQuery.newest(10), Optional.of(high), 10)).containsExactly(low, erasure);
        assertThat(store.list(query(Optional.of(PurgeKind.SCHEDULED), Optional.empty()), Optional.of(high), 10))
                .as("the filters with a position").containsExactly(low);

        assertThat(store.list(query(Optional.of(PurgeKind.SCHEDULED), Optional.empty()), Optional.empty(), 10))
                .containsExactly(newest, low);
        assertThat(store.list(query(Optional.of(PurgeKind.ERASURE), Optional.empty()), Optional.empty(), 10))
                .containsExactly(erasure);
        assertThat(store.list(query(Optional.empty(), Optional.of(PurgeStatus.SUCCEEDED)), Optional.empty(), 10))
                .containsExactly(low, erasure);
        assertThat(store.list(query(Optional.of(PurgeKind.MANUAL), Optional.of(PurgeStatus.FAILED)), Optional.empty(), 10))
                .containsExactly(high);
        assertThat(store.list(query(Optional.of(PurgeKind.MANUAL), Optional.of(PurgeStatus.INTERRUPTED)), Optional.empty(), 10))
                .isEmpty();
        assertThat(store.list(PurgeRecordQuery.newest(10), Optional.empty(), 2)).as("at most the rows asked for")
                .containsExactly(newest, high);
        PurgeRecord gone = record("60000000-0000-4000-8000-000000000001", PurgeKind.MANUAL, T, PurgeStatus.SUCCEEDED);
        assertThat(store.list(PurgeRecordQuery.newest(10), Optional.of(gone), 10))
                .as("after a record no longer stored, from its position").containsExactly(low, erasure);
    }

    private static PurgeRecord record(String id, PurgeKind kind, Instant startedAt, PurgeStatus status) {
        return new PurgeRecord(new PurgeId(UUID.fromString(id)), kind, false, "cron", startedAt,
                status.isFinished() ? Optional.of(startedAt.plusSeconds(1)) : Optional.empty(), PurgeScope.allTenants(),
                List.of(), 0, 0, 0, status, Optional.empty());
    }

    private static PurgeRecordQuery query(Optional<PurgeKind> kind, Optional<PurgeStatus> status) {
        return new PurgeRecordQuery(kind, status, Optional.empty(), PurgeRecordQuery.MAX_LIMIT);
    }

    @Test
    @DisplayName("running scheduled and manual purges are marked interrupted; running erasures and finished records are not")
    void markInterrupted() {
        PurgeRecordStore store = store();
        PurgeRecord running = PurgeRecord.startPurge(PurgeKind.SCHEDULED, false, "cron", T);
        PurgeRecord runningManual = PurgeRecord.startPurge(PurgeKind.MANUAL, true, "http", T);
        PurgeRecord erasure = PurgeRecord.startErasure(new ErasureScope("acme", Optional.of("a"), Optional.empty()), "http", T);
        PurgeRecord done = finished(T);
        store.save(running);
        store.save(runningManual);
        store.save(erasure);
        store.save(done);

        assertThat(store.markRunningPurgesInterrupted(T.plusSeconds(30))).isEqualTo(2);

        PurgeRecord marked = store.find(running.id()).orElseThrow();
        assertThat(marked.status()).isEqualTo(PurgeStatus.INTERRUPTED);
        assertThat(marked.finishedAt()).contains(T.plusSeconds(30));
        assertThat(marked.error()).isPresent();
        assertThat(store.find(runningManual.id()).orElseThrow().status()).isEqualTo(PurgeStatus.INTERRUPTED);
        assertThat(store.find(erasure.id()).orElseThrow().status()).isEqualTo(PurgeStatus.RUNNING);
        assertThat(store.find(done.id())).contains(done);
    }

    @Test
    @DisplayName("expired finished records are deleted in batches; younger and running ones stay")
    void deleteFinishedBefore() {
        PurgeRecordStore store = store();
        for (int i = 0; i < 3; i++) {
            store.save(finished(T.minusSeconds(1000 + i)));
        }
        PurgeRecord young = finished(T.plusSeconds(10));
        PurgeRecord running = PurgeRecord.startPurge(PurgeKind.SCHEDULED, false, "cron", T.minusSeconds(5000));
        store.save(young);
        store.save(running);

        assertThat(store.deleteFinishedBefore(T, 2)).isEqualTo(2);
        assertThat(store.deleteFinishedBefore(T, 2)).isEqualTo(1);
        assertThat(store.deleteFinishedBefore(T, 2)).isZero();
        assertThat(store.list(PurgeRecordQuery.newest(10), Optional.empty(), 10)).containsExactlyInAnyOrder(young, running);
    }
}
