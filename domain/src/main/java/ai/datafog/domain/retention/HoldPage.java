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
}
