package ai.datafog.application.retention;

import ai.datafog.application.port.in.ManageRetentionPoliciesUseCase;
import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Per-tenant retention policies over their store, with the configured default beside them. */
public final class RetentionPolicyService implements ManageRetentionPoliciesUseCase {

    private final RetentionPolicyStore store;
    private final Retention defaultRetention;
    private final Clock clock;

    public RetentionPolicyService(RetentionPolicyStore store, Retention defaultRetention, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.defaultRetention = Objects.requireNonNull(defaultRetention, "defaultRetention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RetentionPolicies list() {
        return new RetentionPolicies(defaultRetention, store.all());
    }

    @Override
    public RetentionPolicy set(String tenantId, Retention retention) {
        RetentionPolicy policy = new RetentionPolicy(tenantId, retention, Instants.now(clock));
        store.put(policy);
        return policy;
    }

    @Override
    public Optional<RetentionPolicy> remove(String tenantId) {
        return store.remove(tenantId);
    }
}
