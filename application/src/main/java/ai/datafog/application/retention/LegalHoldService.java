package ai.datafog.application.retention;

import ai.datafog.application.port.in.ManageLegalHoldsUseCase;
import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldPage;
import ai.datafog.domain.retention.HoldQuery;
import ai.datafog.domain.retention.LegalHold;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Places and releases legal holds; a release is atomic in the store, so it happens exactly once. */
public final class LegalHoldService implements ManageLegalHoldsUseCase {

    private final LegalHoldStore store;
    private final Clock clock;

    public LegalHoldService(LegalHoldStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LegalHold place(PlaceHoldCommand command) {
        LegalHold hold = LegalHold.place(command.tenantId(), command.actorId(), command.reason(), Instants.now(clock));
        store.add(hold);
        return hold;
    }

    @Override
    public Optional<HoldPage> list(HoldQuery query) {
        Optional<LegalHold> after = query.after().flatMap(store::find);
        if (query.after().isPresent() && after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HoldPage.of(store.list(query, after, query.limit() + 1), query.limit()));
    }

    @Override
    public ReleaseOutcome release(HoldId id) {
        Optional<LegalHold> found = store.find(id);
        if (found.isEmpty()) {
            return new ReleaseOutcome.NotFound();
        }
        if (!found.get().isActive()) {
            return new ReleaseOutcome.AlreadyReleased(found.get());
        }
        Instant now = Instants.now(clock);
        if (store.release(id, now)) {
            return new ReleaseOutcome.Released(found.get().releasedAt(now));
        }
        return store.find(id).<ReleaseOutcome>map(ReleaseOutcome.AlreadyReleased::new)
                .orElseGet(ReleaseOutcome.NotFound::new);
    }
}
