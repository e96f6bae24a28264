package ai.datafog.domain.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A legal hold covers its whole tenant, or one actor of it, while it is active")
class LegalHoldTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private final LegalHold tenantWide = LegalHold.place("acme", Optional.empty(), "litigation 42", NOW);
    private final LegalHold onAlice = LegalHold.place("acme", Optional.of("alice"), "subpoena", NOW);

    @Test
    @DisplayName("a tenant-wide hold covers every receipt of the tenant, with or without an actor")
    void tenantWideCoversAll() {
        assertThat(tenantWide.covers(Optional.of("acme"), Optional.of("bob"))).isTrue();
        assertThat(tenantWide.covers(Optional.of("acme"), Optional.empty())).isTrue();
        assertThat(tenantWide.covers(Optional.of("other"), Optional.of("bob"))).isFalse();
        assertThat(tenantWide.covers(Optional.empty(), Optional.of("bob"))).isFalse();
    }

    @Test
    @DisplayName("an actor hold covers only that actor's receipts in that tenant")
    void actorHoldCoversTheActor() {
        assertThat(onAlice.covers(Optional.of("acme"), Optional.of("alice"))).isTrue();
        assertThat(onAlice.covers(Optional.of("acme"), Optional.of("bob"))).isFalse();
        assertThat(onAlice.covers(Optional.of("acme"), Optional.empty())).isFalse();
        assertThat(onAlice.covers(Optional.of("other"), Optional.of("alice"))).isFalse();
    }

    @Test
    @DisplayName("a released hold covers nothing, stays on record, and cannot be released twice")
    void releasedHoldCoversNothing() {
        LegalHold released = tenantWide.releasedAt(NOW.plusSeconds(5));
        assertThat(released.isActive()).isFalse();
        assertThat(released.releasedAt()).contains(NOW.plusSeconds(5));
        assertThat(released.covers(Optional.of("acme"), Optional.of("bob"))).isFalse();
        assertThatThrownBy(() -> released.releasedAt(NOW.plusSeconds(6))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a hold needs a tenant, a reason, and ids of sane length")
    void validation() {
        assertThatThrownBy(() -> LegalHold.place(" ", Optional.empty(), "r", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalHold.place("acme", Optional.of(""), "r", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalHold.place("acme", Optional.empty(), " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalHold.place("a".repeat(201), Optional.empty(), "r", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalHold.place("acme", Optional.empty(), "r".repeat(2001), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalHold(HoldId.random(), "acme", Optional.empty(), "r", NOW, Optional.of(NOW.minusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the coverage of a tenant joins its active holds: whole tenant, or the held actors")
    void coverageOfATenant() {
        LegalHold onBob = LegalHold.place("acme", Optional.of("bob"), "r", NOW);
        LegalHold elsewhere = LegalHold.place("other", Optional.empty(), "r", NOW);
        LegalHold releasedOnCarol = LegalHold.place("acme", Optional.of("carol"), "r", NOW).releasedAt(NOW);

        HoldCoverage actors = HoldCoverage.of(Optional.of("acme"), List.of(onAlice, onBob, elsewhere, releasedOnCarol));
        assertThat(actors.wholeTenant()).isFalse();
        assertThat(actors.heldActors()).isEqualTo(Set.of("alice", "bob"));
        assertThat(actors.protects(Optional.of("alice"))).isTrue();
        assertThat(actors.protects(Optional.of("carol"))).isFalse();
        assertThat(actors.protects(Optional.empty())).isFalse();

        HoldCoverage whole = HoldCoverage.of(Optional.of("acme"), List.of(onAlice, tenantWide));
        assertThat(whole.wholeTenant()).isTrue();
        assertThat(whole.protects(Optional.empty())).isTrue();

        assertThat(HoldCoverage.of(Optional.empty(), List.of(tenantWide)).protectsNothing()).isTrue();
    }

    @Test
    @DisplayName("coverage agrees with LegalHold.covers for every tenant and actor combination")
    void coverageAgreesWithTheRule() {
        List<LegalHold> holds = List.of(onAlice, LegalHold.place("other", Optional.empty(), "r", NOW));
        for (Optional<String> tenant : List.of(Optional.of("acme"), Optional.of("other"), Optional.<String>empty())) {
            HoldCoverage coverage = HoldCoverage.of(tenant, holds);
            for (Optional<String> actor : List.of(Optional.of("alice"), Optional.of("bob"), Optional.<String>empty())) {
                boolean byRule = holds.stream().anyMatch(h -> h.covers(tenant, actor));
                assertThat(coverage.protects(actor)).as("%s/%s", tenant, actor).isEqualTo(byRule);
            }
        }
    }
}
