package ai.datafog.application.retention;

import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.domain.retention.RetentionPolicy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** An in-memory {@link RetentionPolicyStore} for tests. */
public final class InMemoryRetentionPolicyStore implements RetentionPolicyStore {

    private final ConcurrentSkipListMap<String, RetentionPolicy> policies = new ConcurrentSkipListMap<>();

    @Override
    public List<RetentionPolicy> all() {
        return List.copyOf(policies.values());
    }

    @Override
    public void put(RetentionPolicy policy) {
        policies.put(policy.tenantId(), policy);
    }

    @Override
    public Optional<RetentionPolicy> remove(String tenantId) {
        return Optional.ofNullable(policies.remove(tenantId));
    }
}
