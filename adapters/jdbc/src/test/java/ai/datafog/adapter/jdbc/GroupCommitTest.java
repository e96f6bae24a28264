package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.StoreUnavailableException;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptQuery;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static ai.datafog.domain.receipt.ReceiptBuilder.aReceipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Receipts are group-committed: many appends, few transactions; a receipt the database refuses fails alone")
class GroupCommitTest {

    private static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    private static HikariDataSource database(String kind) {
        return kind.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    @DisplayName("400 concurrent appends all become durable in fewer transactions than appends")
    void concurrentAppendsShareTransactions(String kind) throws Exception {
        try (HikariDataSource dataSource = database(kind);
             JdbcReceiptStore store = new JdbcReceiptStore(dataSource, GroupCommitSettings.of(128, Duration.ofMillis(5)),
                     ForkJoinPool.commonPool())) {
            ExecutorService callers = Executors.newFixedThreadPool(32);
            CountDownLatch start = new CountDownLatch(1);
            List<Receipt> receipts = IntStream.range(0, 400)
                    .mapToObj(i -> aReceipt().at(T0.plusMillis(i)).withTenant("gc").build()).toList();
            List<Future<?>> calls = new ArrayList<>();
            for (Receipt receipt : receipts) {
                calls.add(callers.submit(() -> {
                    start.await();
                    store.append(receipt).join();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            callers.shutdown();

            assertThat(store.query(ReceiptQuery.all().withTenant("gc").withLimit(500)).receipts()).hasSize(400);
            assertThat(store.committedTransactions()).isPositive().isLessThan(400);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    @DisplayName("a batch refused for one receipt's data is written again one at a time: only that receipt fails")
    void refusedReceiptFailsAlone(String kind) {
        try (HikariDataSource dataSource = database(kind);
             JdbcReceiptStore store = new JdbcReceiptStore(dataSource,
                     new GroupCommitSettings(50, Duration.ofMillis(500), 1000, Duration.ofSeconds(10)),
                     ForkJoinPool.commonPool())) {
            Receipt existing = aReceipt().at(T0).withTenant("gc").build();
            store.append(existing).join();
            long transactionsBefore = store.committedTransactions();

            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                batch.add(store.append(aReceipt().at(T0.plusSeconds(1 + i)).withTenant("gc").build()));
            }
            // The same id and time as a stored receipt: a primary-key violation on both databases (on
            // PostgreSQL the key is (receipt_id, created_at), as partitioning requires).
            batch.add(store.append(aReceipt().withId(existing.receiptId()).at(T0).withTenant("gc").build()));

            for (CompletableFuture<Void> call : batch.subList(0, 9)) {
                call.join();
            }
            assertThatThrownBy(batch.get(9)::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(StoreUnavailableException.class);
            assertThat(store.query(ReceiptQuery.all().withTenant("gc")).receipts()).hasSize(10).contains(existing);
            assertThat(store.committedTransactions()).as("one transaction per good receipt, after the refused batch")
                    .isEqualTo(transactionsBefore + 9);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    @DisplayName("with the database gone every append fails with a store-unavailable error, never a success")
    void databaseDownFailsAppends(String kind) {
        HikariDataSource dataSource = database(kind);
        try (JdbcReceiptStore store = new JdbcReceiptStore(dataSource, GroupCommitSettings.of(16, Duration.ofMillis(2)),
                ForkJoinPool.commonPool())) {
            dataSource.close();

            List<CompletableFuture<Void>> calls = IntStream.range(0, 20)
                    .mapToObj(i -> store.append(aReceipt().build())).toList();

            for (CompletableFuture<Void> call : calls) {
                assertThatThrownBy(call::join).hasCauseInstanceOf(StoreUnavailableException.class);
            }
            assertThatThrownBy(() -> store.query(ReceiptQuery.all())).isInstanceOf(StoreUnavailableException.class);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    @DisplayName("closing the store flushes every accepted receipt at once, then refuses new ones")
    void closeFlushesPendingReceipts(String kind) {
        try (HikariDataSource dataSource = database(kind)) {
            JdbcReceiptStore store = new JdbcReceiptStore(dataSource,
                    new GroupCommitSettings(1000, Duration.ofSeconds(30), 1000, Duration.ofSeconds(10)),
                    ForkJoinPool.commonPool());
            List<Receipt> receipts = IntStream.range(0, 50).mapToObj(i -> aReceipt().withTenant("gc").build()).toList();
            List<CompletableFuture<Void>> calls = receipts.stream().map(store::append).toList();
            long started = System.nanoTime();

            store.close();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            calls.forEach(CompletableFuture::join);
            try (JdbcReceiptStore reader = new JdbcReceiptStore(dataSource, GroupCommitSettings.of(1, Duration.ZERO),
                    ForkJoinPool.commonPool())) {
                assertThat(reader.query(ReceiptQuery.all().withTenant("gc").withLimit(100)).receipts()).hasSize(50);
            }
            assertThatThrownBy(() -> store.append(aReceipt().build()).join())
                    .hasCauseInstanceOf(StoreUnavailableException.class);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2"})
    @DisplayName("a full queue refuses an append at once instead of queueing without bound")
    void fullQueueRefuses(String kind) throws java.sql.SQLException {
        try (HikariDataSource dataSource = database(kind);
             JdbcReceiptStore store = new JdbcReceiptStore(dataSource,
                     new GroupCommitSettings(2, Duration.ofSeconds(5), 2, Duration.ofSeconds(10)),
                     ForkJoinPool.commonPool())) {
            // Every connection taken, so the writer cannot drain the queue while the appends arrive
            // (otherwise a fast writer could keep up with them, and nothing would be refused).
            List<java.sql.Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < dataSource.getMaximumPoolSize(); i++) {
                    held.add(dataSource.getConnection());
                }
                List<CompletableFuture<Void>> calls = IntStream.range(0, 50)
                        .mapToObj(i -> store.append(aReceipt().build())).toList();

                assertThat(calls).anySatisfy(call -> assertThatThrownBy(call::join)
                        .hasCauseInstanceOf(StoreUnavailableException.class));
            } finally {
                for (java.sql.Connection connection : held) {
                    connection.close();
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("on PostgreSQL a receipt holding a NUL, which it cannot store, fails alone; its batch neighbours are stored")
    void unstorableReceiptFailsAloneOnPostgres() {
        try (HikariDataSource dataSource = TestDatabases.postgres();
             JdbcReceiptStore store = new JdbcReceiptStore(dataSource,
                     new GroupCommitSettings(50, Duration.ofMillis(500), 1000, Duration.ofSeconds(10)),
                     ForkJoinPool.commonPool())) {
            List<CompletableFuture<Void>> good = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                good.add(store.append(aReceipt().at(T0.plusSeconds(i)).withTenant("nul").withActor("a" + i).build()));
            }
            CompletableFuture<Void> bad = store.append(aReceipt().at(T0.plusSeconds(9)).withTenant("nul")
                    .withActor("x\u0000y").build());

            good.forEach(CompletableFuture::join);
            assertThatThrownBy(bad::join).hasCauseInstanceOf(StoreUnavailableException.class);
            assertThat(store.query(ReceiptQuery.all().withTenant("nul")).receipts()).hasSize(4);
        }
    }
}
