package ai.datafog.adapter.jdbc;

import ai.datafog.application.idempotency.IdempotencyService;
import ai.datafog.application.idempotency.SealedBodies;
import ai.datafog.application.port.in.IdempotencyUseCase.Attempt;
import ai.datafog.application.port.in.IdempotencyUseCase.IdempotentRequest;
import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptQuery;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static ai.datafog.domain.receipt.ReceiptBuilder.aReceipt;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Two replicas on one PostgreSQL behave as one service")
class TwoReplicasTest {

    private static final byte[] HASH_KEY = "shared-hash-key".getBytes(StandardCharsets.UTF_8);

    private static IdempotencyService idempotency(HikariDataSource dataSource) {
        return new IdempotencyService(new JdbcIdempotencyStore(dataSource), Digests.keyed(HASH_KEY),
                new SealedBodies(Digests.keyed(HASH_KEY), new SecureRandom()), Clock.systemUTC(),
                Duration.ofHours(24), Duration.ofMinutes(1));
    }

    @Test
    @DisplayName("a receipt appended on one replica is found and listed by the other")
    void receiptsAreShared() {
        try (HikariDataSource a = TestDatabases.postgres(); HikariDataSource b = TestDatabases.samePostgresSchema(a);
             JdbcReceiptStore storeA = JdbcStoresContractTest.receiptStore(a);
             JdbcReceiptStore storeB = JdbcStoresContractTest.receiptStore(b)) {
            Receipt onA = aReceipt().withTenant("shared").at(Instant.parse("2025-01-01T00:00:00Z")).build();
            Receipt onB = aReceipt().withTenant("shared").at(Instant.parse("2025-01-01T00:00:01Z")).build();
            storeA.append(onA).join();
            storeB.append(onB).join();

            assertThat(storeB.findById(onA.receiptId())).contains(onA);
            assertThat(storeA.query(ReceiptQuery.all().withTenant("shared")).receipts()).containsExactly(onB, onA);
            assertThat(storeB.query(ReceiptQuery.all().withTenant("shared")).receipts()).containsExactly(onB, onA);
        }
    }

    @Test
    @DisplayName("16 parallel first requests spread over both replicas execute once, and both replay the same bytes")
    void idempotencyIsShared() throws Exception {
        try (HikariDataSource a = TestDatabases.postgres(); HikariDataSource b = TestDatabases.samePostgresSchema(a)) {
            List<IdempotencyService> replicas = List.of(idempotency(a), idempotency(b));
            IdempotentRequest request = new IdempotentRequest("decide", "token:abc", "k-1", "{\"action\":{\"type\":\"x\"}}");
            AtomicInteger executions = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService callers = Executors.newFixedThreadPool(16);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                IdempotencyService replica = replicas.get(i % 2);
                answers.add(callers.submit(() -> {
                    start.await();
                    for (int tries = 0; tries < 2000; tries++) {
                        Attempt attempt = replica.begin(request);
                        if (attempt instanceof Attempt.Execute execute) {
                            String body = "{\"receipt\":" + executions.incrementAndGet() + "}";
                            Thread.sleep(100);
                            replica.complete(execute, 200, body.getBytes(StandardCharsets.UTF_8));
                            return body;
                        }
                        if (attempt instanceof Attempt.Replay replay) {
                            return new String(replay.body(), StandardCharsets.UTF_8);
                        }
                        Thread.sleep(10);
                    }
                    throw new AssertionError("no answer");
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<String> answer : answers) {
                bodies.add(answer.get(60, TimeUnit.SECONDS));
            }
            callers.shutdown();

            assertThat(executions).hasValue(1);
            assertThat(bodies).hasSize(16).containsOnly("{\"receipt\":1}");
            assertThat(replicas.get(1).begin(new IdempotentRequest("decide", "token:abc", "k-1", "{\"other\":1}")))
                    .isInstanceOf(Attempt.Conflict.class);
        }
    }
}
