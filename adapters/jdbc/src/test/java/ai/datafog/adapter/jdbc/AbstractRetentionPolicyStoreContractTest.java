package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.RetentionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link RetentionPolicyStore}, run against every implementation. */
abstract class AbstractRetentionPolicyStoreContractTest {

    private static final Instant T = Instant.parse("2026-06-30T12:00:00Z");

    protected abstract RetentionPolicyStore store();

    @Test
    @DisplayName("put creates, put again replaces, all lists by tenant id")
    void putAndList() {
        RetentionPolicyStore store = store();
        store.put(new RetentionPolicy("zeta", Retention.ofDays(30), T));
        store.put(new RetentionPolicy("alpha", Retention.parse("PT12H"), T));
        store.put(new RetentionPolicy("zeta", Retention.ofDays(7), T.plusSeconds(60)));

        assertThat(store.all()).containsExactly(
                new RetentionPolicy("alpha", Retention.parse("PT12H"), T),
                new RetentionPolicy("zeta", Retention.ofDays(7), T.plusSeconds(60)));
    }

    @Test
    @DisplayName("remove returns the removed policy once, then nothing")
    void remove() {
        RetentionPolicyStore store = store();
        RetentionPolicy policy = new RetentionPolicy("acme", Retention.ofDays(30), T);
        store.put(policy);

        assertThat(store.remove("acme")).contains(policy);
        assertThat(store.remove("acme")).isEmpty();
        assertThat(store.all()).isEmpty();
    }
}
