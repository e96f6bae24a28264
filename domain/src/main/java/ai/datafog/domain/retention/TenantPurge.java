package ai.datafog.domain.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's part of a purge: the retention and cutoff applied, the receipts deleted (or, in a dry
 * run, that would be), and how many holds kept receipts back. Held actor ids are not recorded.
 */
public record TenantPurge(Optional<String> tenantId, Retention retention, Instant cutoff, long receipts,
                          boolean tenantHeld, int actorsHeld) {

    public TenantPurge {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(cutoff, "cutoff");
        if (receipts < 0 || actorsHeld < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public static TenantPurge start(Optional<String> tenantId, Retention retention, Instant cutoff,
                                    HoldCoverage coverage) {
        return new TenantPurge(tenantId, retention, cutoff, 0, coverage.wholeTenant(), coverage.heldActors().size());
    }

    /**
     * The same part under the rule now in force (a policy or hold changed while the purge ran): the
     * receipts counted so far stay, the retention, cutoff and holds are the new ones.
     */
    public TenantPurge under(Retention newRetention, Instant newCutoff, HoldCoverage coverage) {
        return new TenantPurge(tenantId, newRetention, newCutoff, receipts, coverage.wholeTenant(),
                coverage.heldActors().size());
    }

    public TenantPurge plusReceipts(long more) {
        return new TenantPurge(tenantId, retention, cutoff, receipts + more, tenantHeld, actorsHeld);
    }
}
