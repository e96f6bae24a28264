package ai.datafog.domain.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A hold query: bounded limit, valid tenant, newest-first order as the databases keep it")
class HoldQueryTest {

    private static final Instant T = Instant.parse("2026-06-30T12:00:00Z");

    private static LegalHold hold(String id, Instant createdAt) {
        return new LegalHold(new HoldId(UUID.fromString(id)), "acme", Optional.empty(), "case", createdAt, Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, HoldQuery.MAX_LIMIT + 1})
    @DisplayName("a limit outside 1..500 is refused")
    void limitIsBounded(int limit) {
        assertThatThrownBy(() -> new HoldQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be from 1 to 500");
    }

    @Test
    @DisplayName("a blank or oversized tenant filter is refused, naming the field")
    void tenantIsAnId() {
        assertThatThrownBy(() -> new HoldQuery(Optional.of(" "), Optional.empty(), Optional.empty(), 1))
                .hasMessage("tenant_id must not be blank");
        assertThatThrownBy(() -> new HoldQuery(Optional.of("t".repeat(201)), Optional.empty(), Optional.empty(), 1))
                .hasMessage("tenant_id must be at most 200 characters");
    }

    @Test
    @DisplayName("newest first; at the same time the id that is larger as an unsigned number comes first")
    void newestFirstOrdersIdsUnsigned() {
        LegalHold older = hold("ffffffff-0000-4000-8000-000000000000", T.minusNanos(1000));
        LegalHold signedNegative = hold("80000000-0000-4000-8000-000000000000", T);
        LegalHold small = hold("00000000-0000-4000-8000-000000000001", T);
        LegalHold newer = hold("00000000-0000-4000-8000-000000000000", T.plusNanos(1000));

        assertThat(Stream.of(small, older, newer, signedNegative).sorted(HoldQuery.NEWEST_FIRST))
                .containsExactly(newer, signedNegative, small, older);
    }

    @Test
    @DisplayName("matches applies the tenant and state filters")
    void matchesFilters() {
        LegalHold active = hold("00000000-0000-4000-8000-000000000001", T);
        LegalHold released = active.releasedAt(T.plusSeconds(1));

        assertThat(new HoldQuery(Optional.of("acme"), Optional.of(true), Optional.empty(), 1).matches(active)).isTrue();
        assertThat(new HoldQuery(Optional.of("acme"), Optional.of(true), Optional.empty(), 1).matches(released)).isFalse();
        assertThat(new HoldQuery(Optional.of("globex"), Optional.empty(), Optional.empty(), 1).matches(active)).isFalse();
        assertThat(new HoldQuery(Optional.empty(), Optional.of(false), Optional.empty(), 1).matches(released)).isTrue();
    }
}
