package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.LegalHold;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link LegalHoldStore}, run against every implementation. */
abstract class AbstractLegalHoldStoreContractTest {

    private static final Instant T = Instant.parse("2026-06-30T12:00:00Z");

    protected abstract LegalHoldStore store();

    @Test
    @DisplayName("a placed hold reads back equal; all is newest first; active leaves released holds out")
    void addFindList() {
        LegalHoldStore store = store();
        LegalHold older = LegalHold.place("acme", Optional.empty(), "litigation", T);
        LegalHold newer = LegalHold.place("acme", Optional.of("alice"), "subpoena", T.plusSeconds(10));
        store.add(older);
        store.add(newer);

        assertThat(store.find(newer.id())).contains(newer);
        assertThat(store.find(HoldId.random())).isEmpty();
        assertThat(store.all()).containsExactly(newer, older);

        assertThat(store.release(older.id(), T.plusSeconds(20))).isTrue();
        assertThat(store.active()).containsExactly(newer);
        assertThat(store.find(older.id())).contains(older.releasedAt(T.plusSeconds(20)));
        assertThat(store.all()).hasSize(2);
    }

    @Test
    @DisplayName("release happens once: again, or for an unknown id, it answers false")
    void releaseOnce() {
        LegalHoldStore store = store();
        LegalHold hold = LegalHold.place("acme", Optional.empty(), "r", T);
        store.add(hold);
        assertThat(store.release(hold.id(), T.plusSeconds(1))).isTrue();
        assertThat(store.release(hold.id(), T.plusSeconds(2))).isFalse();
        assertThat(store.find(hold.id()).orElseThrow().releasedAt()).contains(T.plusSeconds(1));
        assertThat(store.release(HoldId.random(), T)).isFalse();
    }

    @Test
    @DisplayName("of concurrent releases of one hold, exactly one wins")
    void concurrentRelease() throws Exception {
        LegalHoldStore store = store();
        LegalHold hold = LegalHold.place("acme", Optional.empty(), "r", T);
        store.add(hold);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                attempts.add(() -> store.release(hold.id(), T.plusSeconds(n + 1)));
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
