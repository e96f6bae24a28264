package ai.datafog.application.retention;

import ai.datafog.application.port.in.ManageLegalHoldsUseCase.PlaceHoldCommand;
import ai.datafog.application.port.in.ManageLegalHoldsUseCase.ReleaseOutcome;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldPage;
import ai.datafog.domain.retention.HoldQuery;
import ai.datafog.domain.retention.LegalHold;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(service.list(firstPage(10)).orElseThrow().holds()).singleElement()
                .satisfies(h -> assertThat(h.isActive()).isFalse());
    }

    @Test
    @DisplayName("list pages newest first: next names the last hold of a full page, the last page has none, and a page after it is empty")
    void listPages() {
        List<LegalHold> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(service.place(new PlaceHoldCommand("acme", Optional.empty(), "case " + i)));
            clock.advance(Duration.ofSeconds(1));
        }

        HoldPage first = service.list(firstPage(2)).orElseThrow();
        HoldPage second = service.list(after(first.next().orElseThrow(), 2)).orElseThrow();
        HoldPage third = service.list(after(second.next().orElseThrow(), 2)).orElseThrow();

        assertThat(first.holds()).containsExactly(placed.get(4), placed.get(3));
        assertThat(first.next()).contains(placed.get(3).id());
        assertThat(second.holds()).containsExactly(placed.get(2), placed.get(1));
        assertThat(third.holds()).containsExactly(placed.get(0));
        assertThat(third.next()).as("the last page").isEmpty();
        assertThat(service.list(firstPage(5)).orElseThrow().next()).as("exactly a full page, nothing after it").isEmpty();
        assertThat(service.list(after(placed.get(0).id(), 2)).orElseThrow().holds()).isEmpty();
    }

    @Test
    @DisplayName("a page after a hold that does not exist is no page at all")
    void listAfterUnknownHold() {
        service.place(new PlaceHoldCommand("acme", Optional.empty(), "case"));

        assertThat(service.list(after(HoldId.random(), 10))).isEmpty();
    }

    private static HoldQuery firstPage(int limit) {
        return new HoldQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    private static HoldQuery after(HoldId hold, int limit) {
        return new HoldQuery(Optional.empty(), Optional.empty(), Optional.of(hold), limit);
    }
}
