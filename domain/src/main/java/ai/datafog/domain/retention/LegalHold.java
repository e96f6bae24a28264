package ai.datafog.domain.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal hold keeps receipts from being purged or erased: tenant-wide when it names no actor, else
 * only that actor's receipts within the tenant. Released holds stay on record with their release time.
 */
public record LegalHold(HoldId id, String tenantId, Optional<String> actorId, String reason,
                        Instant createdAt, Optional<Instant> releasedAt) {

    public static final int MAX_REASON_LENGTH = 2000;

    public LegalHold {
        Objects.requireNonNull(id, "id");
        SubjectIds.require("tenant_id", tenantId);
        SubjectIds.optional("actor_id", actorId);
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON_LENGTH + " characters");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(releasedAt, "releasedAt");
        if (releasedAt.isPresent() && releasedAt.get().isBefore(createdAt)) {
            throw new IllegalArgumentException("a hold cannot be released before it was placed");
        }
    }

    /** A new, active hold. */
    public static LegalHold place(String tenantId, Optional<String> actorId, String reason, Instant now) {
        return new LegalHold(HoldId.random(), tenantId, actorId, reason, now, Optional.empty());
    }

    public boolean isActive() {
        return releasedAt.isEmpty();
    }

    public boolean isTenantWide() {
        return actorId.isEmpty();
    }

    /**
     * The coverage rule: an active hold covers a receipt of its tenant when it is tenant-wide or names
     * the receipt's actor. Receipts without a tenant are never covered.
     */
    public boolean covers(Optional<String> receiptTenantId, Optional<String> receiptActorId) {
        if (!isActive() || receiptTenantId.isEmpty() || !receiptTenantId.get().equals(tenantId)) {
            return false;
        }
        return isTenantWide() || actorId.equals(receiptActorId);
    }

    /** This hold, released at {@code when}; only an active hold can be released. */
    public LegalHold releasedAt(Instant when) {
        if (!isActive()) {
            throw new IllegalStateException("hold " + id + " is already released");
        }
        return new LegalHold(id, tenantId, actorId, reason, createdAt, Optional.of(when));
    }
}
