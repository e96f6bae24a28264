package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldQuery;
import ai.datafog.domain.retention.LegalHold;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    @DisplayName("a placed hold reads back equal; the list is newest first; active leaves released holds out")
    void addFindList() {
        LegalHoldStore store = store();
        LegalHold older = LegalHold.place("acme", Optional.empty(), "litigation", T);
        LegalHold newer = LegalHold.place("acme", Optional.of("alice"), "subpoena", T.plusSeconds(10));
        store.add(older);
        store.add(newer);

        assertThat(store.find(newer.id())).contains(newer);
        assertThat(store.find(HoldId.random())).isEmpty();
        assertThat(store.list(everything(), Optional.empty(), 10)).containsExactly(newer, older);

        assertThat(store.release(older.id(), T.plusSeconds(20))).isTrue();
        assertThat(store.active()).containsExactly(newer);
        assertThat(store.find(older.id())).contains(older.releasedAt(T.plusSeconds(20)));
        assertThat(store.list(everything(), Optional.empty(), 10)).hasSize(2);
    }

    @Test
    @DisplayName("the list pages newest first after a given hold, ties in time broken by id as the databases order UUIDs, and filters by tenant and state")
    void listPagesAndFilters() {
        LegalHoldStore store = store();
        LegalHold low = hold("00000000-0000-4000-8000-000000000001", "acme", T, false);
        LegalHold high = hold("80000000-0000-4000-8000-000000000001", "acme", T, false);
        LegalHold newest = hold("40000000-0000-4000-8000-000000000001", "globex", T.plusSeconds(5), false);
        LegalHold released = hold("c0000000-0000-4000-8000-000000000001", "acme", T.minusSeconds(5), true);
        for (LegalHold hold : List.of(low, released, newest, high)) {
            store.add(hold);
        }
        store.release(released.id(), T);
        LegalHold releasedNow = released.releasedAt(T);

        List<LegalHold> walked = new ArrayList<>();
        Optional<LegalHold> after = Optional.empty();
        for (int page = 0; page < 5; page++) {
            List<LegalHold> rows = store.list(new HoldQuery(Optional.empty(), Optional.empty(), Optional.empty(), 1), after, 1);
            walked.addAll(rows);
            after = rows.isEmpty() ? after : Optional.of(rows.get(0));
        }
        assertThat(walked).as("one at a time, each after the last").containsExactly(newest, high, low, releasedNow);
        assertThat(store.list(everything(), Optional.of(high), 10)).containsExactly(low, releasedNow);

        assertThat(store.list(query(Optional.of("acme"), Optional.empty()), Optional.empty(), 10)).containsExactly(high, low, releasedNow);
        assertThat(store.list(query(Optional.empty(), Optional.of(true)), Optional.empty(), 10)).containsExactly(newest, high, low);
        assertThat(store.list(query(Optional.empty(), Optional.of(false)), Optional.empty(), 10)).containsExactly(releasedNow);
        assertThat(store.list(query(Optional.of("globex"), Optional.of(false)), Optional.empty(), 10)).isEmpty();
        assertThat(store.list(everything(), Optional.empty(), 2)).as("at most the rows asked for").containsExactly(newest, high);
        assertThat(store.list(query(Optional.of("acme"), Optional.empty()), Optional.of(high), 10))
                .as("the filters with a position").containsExactly(low, releasedNow);
    }

    private static LegalHold hold(String id, String tenant, Instant createdAt, boolean toRelease) {
        return new LegalHold(new HoldId(UUID.fromString(id)), tenant, Optional.empty(),
                toRelease ? "released later" : "litigation", createdAt, Optional.empty());
    }

    private static HoldQuery query(Optional<String> tenant, Optional<Boolean> active) {
        return new HoldQuery(tenant, active, Optional.empty(), HoldQuery.MAX_LIMIT);
    }

    private static HoldQuery everything() {
        return query(Optional.empty(), Optional.empty());
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
