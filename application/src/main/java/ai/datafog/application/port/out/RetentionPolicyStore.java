package ai.datafog.application.port.out;

import ai.datafog.domain.retention.RetentionPolicy;

import java.util.List;
import java.util.Optional;

/** Keeps per-tenant retention policies. */
public interface RetentionPolicyStore {

    /** Every policy, ordered by tenant id. */
    List<RetentionPolicy> all();

    /** Creates or replaces the tenant's policy. */
    void put(RetentionPolicy policy);

    /** Removes the tenant's policy and returns it, or empty when there was none. */
    Optional<RetentionPolicy> remove(String tenantId);
}
