package ai.datafog.domain.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("An erasure names a tenant and an actor and/or a session, and knows which holds stop it")
class ErasureScopeTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Test
    @DisplayName("an erasure without actor and session is refused")
    void needsASubject() {
        assertThatThrownBy(() -> new ErasureScope("acme", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor_id or session_id");
        assertThatThrownBy(() -> new ErasureScope("", Optional.of("a"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("actor and session must both match when both are given")
    void includes() {
        ErasureScope both = new ErasureScope("acme", Optional.of("alice"), Optional.of("s1"));
        assertThat(both.includes(Optional.of("acme"), Optional.of("alice"), Optional.of("s1"))).isTrue();
        assertThat(both.includes(Optional.of("acme"), Optional.of("alice"), Optional.of("s2"))).isFalse();
        assertThat(both.includes(Optional.of("other"), Optional.of("alice"), Optional.of("s1"))).isFalse();
        ErasureScope session = new ErasureScope("acme", Optional.empty(), Optional.of("s1"));
        assertThat(session.includes(Optional.of("acme"), Optional.of("bob"), Optional.of("s1"))).isTrue();
    }

    @Test
    @DisplayName("tenant-wide holds and holds on the erased actor stop an erasure; others do not")
    void holdsThatCover() {
        LegalHold wide = LegalHold.place("acme", Optional.empty(), "r", NOW);
        LegalHold onAlice = LegalHold.place("acme", Optional.of("alice"), "r", NOW);
        LegalHold onBob = LegalHold.place("acme", Optional.of("bob"), "r", NOW);
        LegalHold released = LegalHold.place("acme", Optional.empty(), "r", NOW).releasedAt(NOW);
        LegalHold elsewhere = LegalHold.place("other", Optional.empty(), "r", NOW);

        ErasureScope alice = new ErasureScope("acme", Optional.of("alice"), Optional.empty());
        assertThat(alice.holdsThatCover(List.of(onAlice, onBob, released, elsewhere))).containsExactly(onAlice);
        assertThat(alice.holdsThatCover(List.of(wide, onBob))).containsExactly(wide);
        assertThat(alice.holdsToCheckAgainstData(List.of(onBob))).isEmpty();

        ErasureScope session = new ErasureScope("acme", Optional.empty(), Optional.of("s1"));
        assertThat(session.holdsThatCover(List.of(onAlice, onBob))).isEmpty();
        assertThat(session.holdsToCheckAgainstData(List.of(onAlice, onBob, wide, released))).containsExactly(onAlice, onBob);
    }
}
