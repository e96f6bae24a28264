package ai.datafog.application.retention;

import ai.datafog.application.port.in.ManageLegalHoldsUseCase.PlaceHoldCommand;
import ai.datafog.application.port.in.ManageLegalHoldsUseCase.ReleaseOutcome;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.LegalHold;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Holds are placed, listed and released once; released holds stay on record")
class LegalHoldServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-30T12:00:00Z"));
    private final InMemoryLegalHoldStore store = new InMemoryLegalHoldStore();
    private final LegalHoldService service = new LegalHoldService(store, clock);

    @Test
    @DisplayName("release answers released, then already released; an unknown id is not found")
    void releaseOutcomes() {
        LegalHold hold = service.place(new PlaceHoldCommand("acme", Optional.of("alice"), "subpoena"));
        clock.advance(Duration.ofHours(1));

        ReleaseOutcome first = service.release(hold.id());
        assertThat(first).isInstanceOf(ReleaseOutcome.Released.class);
        assertThat(((ReleaseOutcome.Released) first).hold().releasedAt()).contains(clock.instant());
        assertThat(service.release(hold.id())).isInstanceOf(ReleaseOutcome.AlreadyReleased.class);
        assertThat(service.release(HoldId.random())).isInstanceOf(ReleaseOutcome.NotFound.class);
        assertThat(service.list()).singleElement().satisfies(h -> assertThat(h.isActive()).isFalse());
    }
}
