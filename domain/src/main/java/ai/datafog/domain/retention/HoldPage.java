package ai.datafog.domain.retention;

import ai.datafog.domain.PageCut;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of legal holds and, when more follow, the hold to continue after. */
public record HoldPage(List<LegalHold> holds, Optional<HoldId> next) {

    public HoldPage {
        holds = List.copyOf(holds);
        Objects.requireNonNull(next, "next");
    }

    /**
     * The page for {@code limit} out of up to {@code limit + 1} matching holds in order
     * ({@link PageCut}): the cursor is the last hold shown.
     */
    public static HoldPage of(List<LegalHold> fetched, int limit) {
        PageCut<LegalHold> cut = PageCut.of(fetched, limit);
        return new HoldPage(cut.shown(), cut.continueAfter().map(LegalHold::id));
    }
}
