package ai.datafog.domain.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A purge record query: bounded limit, filters, newest-first order as the databases keep it; its page")
class PurgeRecordQueryTest {

    private static final Instant T = Instant.parse("2026-06-30T12:00:00Z");

    private static PurgeRecord record(String id, PurgeKind kind, Instant startedAt, PurgeStatus status) {
        return new PurgeRecord(new PurgeId(UUID.fromString(id)), kind, false, "cron", startedAt,
                status.isFinished() ? Optional.of(startedAt) : Optional.empty(), PurgeScope.allTenants(), List.of(),
                0, 0, 0, status, Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, PurgeRecordQuery.MAX_LIMIT + 1})
    @DisplayName("a limit outside 1..500 is refused")
    void limitIsBounded(int limit) {
        assertThatThrownBy(() -> PurgeRecordQuery.newest(limit))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be from 1 to 500");
    }

    @Test
    @DisplayName("newest first; at the same start the id that is larger as an unsigned number comes first")
    void newestFirstOrdersIdsUnsigned() {
        PurgeRecord older = record("ffffffff-0000-4000-8000-000000000000", PurgeKind.MANUAL, T.minusNanos(1000), PurgeStatus.SUCCEEDED);
        PurgeRecord signedNegative = record("80000000-0000-4000-8000-000000000000", PurgeKind.MANUAL, T, PurgeStatus.SUCCEEDED);
        PurgeRecord small = record("00000000-0000-4000-8000-000000000001", PurgeKind.MANUAL, T, PurgeStatus.SUCCEEDED);
        PurgeRecord newer = record("00000000-0000-4000-8000-000000000000", PurgeKind.MANUAL, T.plusNanos(1000), PurgeStatus.SUCCEEDED);

        assertThat(Stream.of(small, older, newer, signedNegative).sorted(PurgeRecordQuery.NEWEST_FIRST))
                .containsExactly(newer, signedNegative, small, older);
    }

    @Test
    @DisplayName("matches applies the kind and status filters, each only when given")
    void matchesFilters() {
        PurgeRecord failedManual = record("00000000-0000-4000-8000-000000000001", PurgeKind.MANUAL, T, PurgeStatus.FAILED);

        assertThat(PurgeRecordQuery.newest(1).matches(failedManual)).isTrue();
        assertThat(new PurgeRecordQuery(Optional.of(PurgeKind.MANUAL), Optional.of(PurgeStatus.FAILED), Optional.empty(), 1)
                .matches(failedManual)).isTrue();
        assertThat(new PurgeRecordQuery(Optional.of(PurgeKind.SCHEDULED), Optional.empty(), Optional.empty(), 1)
                .matches(failedManual)).isFalse();
        assertThat(new PurgeRecordQuery(Optional.empty(), Optional.of(PurgeStatus.SUCCEEDED), Optional.empty(), 1)
                .matches(failedManual)).isFalse();
    }

    @Test
    @DisplayName("a page of limit out of limit + 1 rows continues after its last record; limit rows or fewer is the last page")
    void pageCursor() {
        PurgeRecord a = record("00000000-0000-4000-8000-00000000000a", PurgeKind.MANUAL, T.plusSeconds(2), PurgeStatus.SUCCEEDED);
        PurgeRecord b = record("00000000-0000-4000-8000-00000000000b", PurgeKind.MANUAL, T.plusSeconds(1), PurgeStatus.SUCCEEDED);
        PurgeRecord c = record("00000000-0000-4000-8000-00000000000c", PurgeKind.MANUAL, T, PurgeStatus.SUCCEEDED);

        PurgeRecordPage more = PurgeRecordPage.of(List.of(a, b, c), 2);
        assertThat(more.records()).containsExactly(a, b);
        assertThat(more.next()).contains(b.id());

        PurgeRecordPage last = PurgeRecordPage.of(List.of(a, b), 2);
        assertThat(last.records()).containsExactly(a, b);
        assertThat(last.next()).isEmpty();
        assertThat(PurgeRecordPage.of(List.of(), 2).next()).isEmpty();
    }
}
