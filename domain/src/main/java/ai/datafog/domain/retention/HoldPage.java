package ai.datafog.domain.retention;

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
     * The page for {@code limit} out of up to {@code limit + 1} matching holds in order: the extra one
     * only tells that another page exists, so the cursor is the last hold shown.
     */
    public static HoldPage of(List<LegalHold> fetched, int limit) {
        if (fetched.size() <= limit) {
            return new HoldPage(fetched, Optional.empty());
        }
        List<LegalHold> shown = fetched.subList(0, limit);
        return new HoldPage(shown, Optional.of(shown.get(limit - 1).id()));
    }
}
