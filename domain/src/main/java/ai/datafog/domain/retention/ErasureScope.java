package ai.datafog.domain.retention;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whose receipts an erasure deletes: one tenant's receipts of an actor, of a session, or of that
 * actor within that session (both must match when both are given).
 */
public record ErasureScope(String tenantId, Optional<String> actorId, Optional<String> sessionId) {

    public ErasureScope {
        SubjectIds.require("tenant_id", tenantId);
        SubjectIds.optional("actor_id", actorId);
        SubjectIds.optional("session_id", sessionId);
        if (actorId.isEmpty() && sessionId.isEmpty()) {
            throw new IllegalArgumentException("an erasure needs actor_id or session_id");
        }
    }

    public boolean includes(Optional<String> receiptTenantId, Optional<String> receiptActorId,
                            Optional<String> receiptSessionId) {
        return receiptTenantId.equals(Optional.of(tenantId))
                && (actorId.isEmpty() || actorId.equals(receiptActorId))
                && (sessionId.isEmpty() || sessionId.equals(receiptSessionId));
    }

    /**
     * Active holds that certainly cover receipts in this scope: tenant-wide holds of the tenant, and
     * holds on the scope's actor. Whether an actor hold reaches into a session-only scope depends on
     * the data, so those are {@link #holdsToCheckAgainstData}.
     */
    public List<LegalHold> holdsThatCover(Collection<LegalHold> holds) {
        return holds.stream()
                .filter(hold -> hold.isActive() && hold.tenantId().equals(tenantId))
                .filter(hold -> hold.isTenantWide() || (actorId.isPresent() && hold.actorId().equals(actorId)))
                .toList();
    }

    /** Active actor holds of the tenant that cover this scope only if the actor has receipts in it. */
    public List<LegalHold> holdsToCheckAgainstData(Collection<LegalHold> holds) {
        if (actorId.isPresent()) {
            return List.of();
        }
        return holds.stream()
                .filter(hold -> hold.isActive() && hold.tenantId().equals(tenantId) && !hold.isTenantWide())
                .toList();
    }
}
