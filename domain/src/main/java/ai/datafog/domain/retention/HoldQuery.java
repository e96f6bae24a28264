package ai.datafog.domain.retention;

import ai.datafog.domain.Uuids;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the legal holds, newest first: optionally only one tenant's, only active or only
 * released ones, and only those after the hold {@code after} (the last of the previous page). Holds
 * are never deleted, so a hold id is a stable position: paging is keyset paging on
 * (created_at, hold_id), without duplicates or gaps while holds are placed.
 */
public record HoldQuery(Optional<String> tenantId, Optional<Boolean> active, Optional<HoldId> after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Newest first: later creation first, then the larger id in the databases' UUID order. */
    public static final Comparator<LegalHold> NEWEST_FIRST = Comparator.comparing(LegalHold::createdAt)
            .thenComparing(hold -> hold.id().value(), Uuids.UNSIGNED)
            .reversed();

    public HoldQuery {
        SubjectIds.optional("tenant_id", tenantId);
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
        }
    }

    /** True when {@code hold} passes the tenant and active filters (the position is not considered). */
    public boolean matches(LegalHold hold) {
        return tenantId.map(hold.tenantId()::equals).orElse(true)
                && active.map(wanted -> wanted == hold.isActive()).orElse(true);
    }
}
