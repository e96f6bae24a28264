package ai.datafog.application.port.out;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.receipt.PlannedTransform;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptCursor;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;
import ai.datafog.domain.receipt.RedactedAction;
import ai.datafog.domain.receipt.StoredFinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static ai.datafog.domain.receipt.ReceiptBuilder.aReceipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link ReceiptStore}: every implementation (the in-memory fake, H2, PostgreSQL)
 * runs these same tests on a fresh, empty store.
 */
public abstract class AbstractReceiptStoreContractTest {

    protected static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    protected ReceiptStore store;

    /** A fresh, empty store. */
    protected abstract ReceiptStore createStore();

    /** Releases what {@link #createStore()} opened. */
    protected void disposeStore() {
    }

    @BeforeEach
    void openStore() {
        store = createStore();
    }

    @AfterEach
    void closeStore() {
        disposeStore();
    }

    protected void appendAll(List<Receipt> receipts) {
        CompletableFuture.allOf(receipts.stream().map(store::append).toArray(CompletableFuture[]::new)).join();
    }

    @Test
    @DisplayName("an appended receipt is found by its id with every field exactly as given")
    void appendThenFindRoundTripsEveryField() {
        Receipt full = aReceipt()
                .withFindings(List.of(
                        new StoredFinding(EntityType.EMAIL, 0, 17, 0.95, "1".repeat(64)),
                        new StoredFinding(EntityType.API_KEY, 20, 60, 0.3333333333333333, "2".repeat(64))))
                .withPlan(List.of(new PlannedTransform(EntityType.EMAIL, "mask"), new PlannedTransform(EntityType.API_KEY, "redact")))
                .withAction(new RedactedAction("shell.exec", "bash", "res \"quoted\" \\ back", "echo [REDACTED]\n\ttab",
                        List.of("a", "ü ✓ 😀", ""), true, "claude"))
                .withReason("reason with \"quotes\", unicode ✓ and a \u0001 control")
                .withSummary("deny shell.exec: 1 api_key")
                .build();
        Receipt minimal = aReceipt().minimal().build();

        appendAll(List.of(full, minimal));

        assertThat(store.findById(full.receiptId())).contains(full);
        assertThat(store.findById(minimal.receiptId())).contains(minimal);
    }

    @Test
    @DisplayName("an unknown id finds nothing")
    void unknownIdFindsNothing() {
        appendAll(List.of(aReceipt().build()));

        assertThat(store.findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    @DisplayName("a second receipt with an existing id is refused and the first stays as it was")
    void duplicateIdIsRefused() {
        Receipt first = aReceipt().withReason("first").build();
        appendAll(List.of(first));

        CompletableFuture<Void> second = store.append(aReceipt().withId(first.receiptId()).withReason("second").build());

        assertThatThrownBy(second::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(StoreUnavailableException.class);
        assertThat(store.findById(first.receiptId())).contains(first);
    }

    @Test
    @DisplayName("a query lists receipts newest first, ties in time broken by the larger id first")
    void queryIsNewestFirst() {
        Receipt oldest = aReceipt().at(T0).build();
        Receipt tieLow = aReceipt().at(T0.plusSeconds(1)).withId(UUID.fromString("00000000-0000-7000-8000-000000000001")).build();
        Receipt tieHigh = aReceipt().at(T0.plusSeconds(1)).withId(UUID.fromString("f0000000-0000-7000-8000-000000000001")).build();
        Receipt newest = aReceipt().at(T0.plusSeconds(2)).build();
        appendAll(List.of(tieLow, oldest, newest, tieHigh));

        ReceiptPage page = store.query(ReceiptQuery.all());

        assertThat(page.receipts()).containsExactly(newest, tieHigh, tieLow, oldest);
        assertThat(page.next()).isEmpty();
    }

    @Test
    @DisplayName("each filter of SPEC §4.2 keeps exactly the matching receipts")
    void eachFilterSelects() {
        Receipt a = aReceipt().at(T0).withTenant("t1").withActor("u1").withSession("s1")
                .withDecision(Effect.DENY).withPolicyVersion("v1").withRules("deny-shell").build();
        Receipt b = aReceipt().at(T0.plusSeconds(1)).withTenant("t1").withActor("u2").withSession("s2")
                .withDecision(Effect.ALLOW).withPolicyVersion("v2").withRules("allow-read", "deny-shell-x").build();
        Receipt c = aReceipt().at(T0.plusSeconds(2)).withTenant("t2").withActor("u1").withSession("s1")
                .withDecision(Effect.TRANSFORM).withPolicyVersion("v1").withRules().build();
        appendAll(List.of(a, b, c));
        ReceiptQuery all = ReceiptQuery.all();

        assertThat(ids(q(all.withTenant("t1")))).containsExactly(b.receiptId(), a.receiptId());
        assertThat(ids(q(new ReceiptQuery(null, "u1", null, null, null, null, null, null, 50, null))))
                .containsExactly(c.receiptId(), a.receiptId());
        assertThat(ids(q(new ReceiptQuery("t1", "u1", null, null, null, null, null, null, 50, null))))
                .containsExactly(a.receiptId());
        assertThat(ids(q(new ReceiptQuery(null, null, "s2", null, null, null, null, null, 50, null))))
                .containsExactly(b.receiptId());
        assertThat(ids(q(new ReceiptQuery(null, null, null, Effect.TRANSFORM, null, null, null, null, 50, null))))
                .containsExactly(c.receiptId());
        assertThat(ids(q(new ReceiptQuery(null, null, null, null, "v1", null, null, null, 50, null))))
                .containsExactly(c.receiptId(), a.receiptId());
        assertThat(ids(q(new ReceiptQuery(null, null, null, null, null, "deny-shell", null, null, 50, null))))
                .as("rule ids match exactly, never as a prefix or substring").containsExactly(a.receiptId());
        assertThat(ids(q(new ReceiptQuery(null, null, null, null, null, "deny", null, null, 50, null)))).isEmpty();
        assertThat(ids(q(new ReceiptQuery("t3", null, null, null, null, null, null, null, 50, null)))).isEmpty();
    }

    @Test
    @DisplayName("from is inclusive and to is exclusive")
    void timeRangeIsHalfOpen() {
        Receipt at0 = aReceipt().at(T0).build();
        Receipt at1 = aReceipt().at(T0.plusMillis(1)).build();
        Receipt at2 = aReceipt().at(T0.plusMillis(2)).build();
        appendAll(List.of(at0, at1, at2));

        ReceiptPage page = q(new ReceiptQuery(null, null, null, null, null, null, T0.plusMillis(1), T0.plusMillis(2), 50, null));
        ReceiptPage fromOnly = q(new ReceiptQuery(null, null, null, null, null, null, T0.plusMillis(1), null, 50, null));
        ReceiptPage toOnly = q(new ReceiptQuery(null, null, null, null, null, null, null, T0.plusMillis(1), 50, null));

        assertThat(ids(page)).containsExactly(at1.receiptId());
        assertThat(ids(fromOnly)).containsExactly(at2.receiptId(), at1.receiptId());
        assertThat(ids(toOnly)).containsExactly(at0.receiptId());
    }

    @Test
    @DisplayName("pages of a limit follow each other by cursor with no duplicate and no gap, the last without a cursor")
    void pagesFollowByCursor() {
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            receipts.add(aReceipt().at(T0.plusSeconds(i / 2)).withTenant("t").build());
        }
        receipts.add(aReceipt().at(T0).withTenant("other").build());
        appendAll(receipts);

        List<UUID> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        ReceiptQuery query = ReceiptQuery.all().withTenant("t").withLimit(3);
        ReceiptPage page = store.query(query);
        while (true) {
            sizes.add(page.receipts().size());
            seen.addAll(ids(page));
            if (page.next().isEmpty()) {
                break;
            }
            page = store.query(query.after(page.next().get()));
        }

        List<UUID> expected = receipts.stream().filter(r -> r.tenantId().equals("t"))
                .sorted((x, y) -> ReceiptCursor.NEWEST_FIRST.compare(x.position(), y.position()))
                .map(Receipt::receiptId).toList();
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("a page exactly filling the limit on the last rows has no next cursor")
    void exactLastPageHasNoCursor() {
        appendAll(List.of(aReceipt().at(T0).build(), aReceipt().at(T0.plusSeconds(1)).build()));

        ReceiptPage page = store.query(ReceiptQuery.all().withLimit(2));

        assertThat(page.receipts()).hasSize(2);
        assertThat(page.next()).isEmpty();
    }

    @Test
    @DisplayName("200 concurrent appends are all durable once their futures complete")
    void concurrentAppendsAreAllDurable() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Receipt> receipts = IntStream.range(0, 200)
                    .mapToObj(i -> aReceipt().at(T0.plusMillis(i)).withTenant("busy").build()).toList();
            List<Future<?>> calls = receipts.stream()
                    .<Future<?>>map(r -> callers.submit(() -> store.append(r).join())).toList();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }

            for (Receipt receipt : receipts) {
                assertThat(store.findById(receipt.receiptId())).contains(receipt);
            }
            assertThat(store.query(ReceiptQuery.all().withTenant("busy").withLimit(500)).receipts()).hasSize(200);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    @DisplayName("paging newest-first while receipts are being inserted shows every pre-existing receipt exactly once")
    void pagingIsStableUnderConcurrentInserts() throws Exception {
        final int maxConcurrentInserts = 2_000;
        List<Receipt> existing = IntStream.range(0, 120)
                .mapToObj(i -> aReceipt().at(T0.plusMillis(10L * (i / 3))).withTenant("t").build()).toList();
        appendAll(existing);

        AtomicBoolean paging = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Integer> inserted = writer.submit(() -> {
            int n = 0;
            // Bounded: an unbounded writer outruns a fast store's pager for ever (late rows keep landing ahead of the cursor).
            while (paging.get() && n < maxConcurrentInserts) {
                // Newer receipts, and "late" ones whose timestamp falls inside the range being paged.
                store.append(aReceipt().at(T0.plusMillis(5_000 + n)).withTenant("t").build()).join();
                store.append(aReceipt().at(T0.plusMillis(n % 400).plusNanos(1000)).withTenant("t").build()).join();
                n += 2;
            }
            return n;
        });

        List<UUID> seen = new ArrayList<>();
        try {
            ReceiptQuery query = ReceiptQuery.all().withTenant("t").withLimit(7);
            ReceiptPage page = store.query(query);
            while (true) {
                seen.addAll(ids(page));
                Thread.sleep(2);
                if (page.next().isEmpty()) {
                    break;
                }
                page = store.query(query.after(page.next().get()));
            }
        } finally {
            paging.set(false);
            writer.shutdown();
        }
        assertThat(inserted.get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(writer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(existing.stream().map(Receipt::receiptId).toList());
    }

    private ReceiptPage q(ReceiptQuery query) {
        return store.query(query);
    }

    protected static List<UUID> ids(ReceiptPage page) {
        return page.receipts().stream().map(Receipt::receiptId).toList();
    }
}
