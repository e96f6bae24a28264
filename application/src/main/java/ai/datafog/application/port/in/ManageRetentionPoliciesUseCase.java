package ai.datafog.application.port.in;

import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;

import java.util.List;
import java.util.Optional;

/** Reads and changes per-tenant retention policies. */
public interface ManageRetentionPoliciesUseCase {

    RetentionPolicies list();

    /** Creates or replaces the tenant's retention. */
    RetentionPolicy set(String tenantId, Retention retention);

    /** Removes the tenant's policy (the default applies again); empty when it had none. */
    Optional<RetentionPolicy> remove(String tenantId);

    /** The default retention and every tenant's own. */
    record RetentionPolicies(Retention defaultRetention, List<RetentionPolicy> policies) {

        public RetentionPolicies {
            policies = List.copyOf(policies);
        }
    }
}
