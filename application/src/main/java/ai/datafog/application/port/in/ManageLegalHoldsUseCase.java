package ai.datafog.application.port.in;

import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldPage;
import ai.datafog.domain.retention.HoldQuery;
import ai.datafog.domain.retention.LegalHold;

import java.util.Optional;

/** Places, lists and releases legal holds. */
public interface ManageLegalHoldsUseCase {

    LegalHold place(PlaceHoldCommand command);

    /**
     * A page of holds, active and released unless the query filters, newest first; empty when the
     * query continues after a hold that does not exist (not a position this service handed out).
     */
    Optional<HoldPage> list(HoldQuery query);

    ReleaseOutcome release(HoldId id);

    /** A hold on a tenant, or on one actor within it. */
    record PlaceHoldCommand(String tenantId, Optional<String> actorId, String reason) {
    }

    /** Released now, unknown, or released earlier. */
    sealed interface ReleaseOutcome {

        record Released(LegalHold hold) implements ReleaseOutcome {
        }

        record NotFound() implements ReleaseOutcome {
        }

        record AlreadyReleased(LegalHold hold) implements ReleaseOutcome {
        }
    }
}
