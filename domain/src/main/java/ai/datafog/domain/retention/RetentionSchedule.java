package ai.datafog.domain.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which retention applies to which tenant: the tenant's policy, else the default. Receipts without
 * a tenant always get the default. A receipt is expired when it was created before its cutoff.
 */
public final class RetentionSchedule {

    private final Retention defaultRetention;
    private final Map<String, Retention> byTenant;

    public RetentionSchedule(Retention defaultRetention, Collection<RetentionPolicy> policies) {
        this.defaultRetention = Objects.requireNonNull(defaultRetention, "defaultRetention");
        Map<String, Retention> map = new HashMap<>();
        for (RetentionPolicy policy : policies) {
            map.put(policy.tenantId(), policy.retention());
        }
        this.byTenant = Map.copyOf(map);
    }

    public Retention defaultRetention() {
        return defaultRetention;
    }

    public Retention retentionFor(Optional<String> tenantId) {
        return tenantId.map(byTenant::get).orElse(defaultRetention);
    }

    /** {@code now - retention(tenant)}: receipts created strictly before it are expired. */
    public Instant cutoffFor(Optional<String> tenantId, Instant now) {
        return now.minus(retentionFor(tenantId).duration());
    }

    public Instant cutoffFor(Optional<String> tenantId, Clock clock) {
        return cutoffFor(tenantId, clock.instant());
    }

    /** The latest cutoff of any tenant: no receipt created at or after it can be expired. */
    public Instant latestCutoff(Instant now) {
        Retention shortest = defaultRetention;
        for (Retention retention : byTenant.values()) {
            if (retention.duration().compareTo(shortest.duration()) < 0) {
                shortest = retention;
            }
        }
        return now.minus(shortest.duration());
    }
}
