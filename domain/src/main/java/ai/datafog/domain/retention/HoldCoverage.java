package ai.datafog.domain.retention;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the active holds protect within one tenant, in the shape a bulk delete needs: either the
 * whole tenant, or the receipts of a set of actors. Built from {@link LegalHold#covers}'s rule.
 */
public record HoldCoverage(boolean wholeTenant, Set<String> heldActors) {

    public static final HoldCoverage NONE = new HoldCoverage(false, Set.of());

    public HoldCoverage {
        heldActors = Set.copyOf(heldActors);
    }

    public static HoldCoverage of(Optional<String> tenantId, Collection<LegalHold> holds) {
        Objects.requireNonNull(tenantId, "tenantId");
        if (tenantId.isEmpty()) {
            return NONE;
        }
        boolean wholeTenant = false;
        Set<String> actors = new TreeSet<>();
        for (LegalHold hold : holds) {
            if (!hold.isActive() || !hold.tenantId().equals(tenantId.get())) {
                continue;
            }
            if (hold.isTenantWide()) {
                wholeTenant = true;
            } else {
                actors.add(hold.actorId().orElseThrow());
            }
        }
        return wholeTenant ? new HoldCoverage(true, Set.of()) : new HoldCoverage(false, actors);
    }

    /** Whether a receipt of this tenant by {@code actorId} is protected. */
    public boolean protects(Optional<String> actorId) {
        return wholeTenant || actorId.map(heldActors::contains).orElse(false);
    }

    public boolean protectsNothing() {
        return !wholeTenant && heldActors.isEmpty();
    }
}
