package ai.datafog.application.port.out;

import ai.datafog.application.idempotency.IdempotencyService;
import ai.datafog.application.idempotency.SealedBodies;
import ai.datafog.application.port.in.IdempotencyUseCase.Attempt;
import ai.datafog.application.port.in.IdempotencyUseCase.IdempotentRequest;
import ai.datafog.application.port.out.IdempotencyStore.IdempotencyRecord;
import ai.datafog.application.port.out.IdempotencyStore.StoredResponse;
import ai.datafog.domain.crypto.Digests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link IdempotencyStore}, run against the in-memory fake, H2 and PostgreSQL. */
public abstract class AbstractIdempotencyStoreContractTest {

    protected static final Instant T0 = Instant.parse("2025-05-01T10:00:00.123456Z");

    protected IdempotencyStore store;

    protected abstract IdempotencyStore createStore();

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

    protected static IdempotencyRecord claim(String id, String token, Instant at) {
        return new IdempotencyRecord(id, "scan", "f".repeat(64), token, at, Optional.empty());
    }

    @Test
    @DisplayName("the first insert of an id wins, a second insert of the same id is refused and changes nothing")
    void insertIfAbsentIsFirstWins() {
        assertThat(store.insertIfAbsent(claim("r1", "tok-a", T0))).isTrue();
        assertThat(store.insertIfAbsent(claim("r1", "tok-b", T0.plusSeconds(1)))).isFalse();

        assertThat(store.find("r1")).contains(claim("r1", "tok-a", T0));
        assertThat(store.find("r2")).isEmpty();
    }

    @Test
    @DisplayName("a response is stored only by the holder of the claim and comes back byte for byte")
    void completeNeedsTheClaim() {
        store.insertIfAbsent(claim("r1", "tok-a", T0));
        byte[] body = {0, 1, 2, (byte) 0xff, '{', '}'};

        assertThat(store.complete("r1", "tok-wrong", new StoredResponse(200, new byte[]{9}), T0)).isFalse();
        assertThat(store.complete("r1", "tok-a", new StoredResponse(201, body), T0.plusSeconds(1))).isTrue();
        assertThat(store.complete("r1", "tok-a", new StoredResponse(500, new byte[]{9}), T0)).as("a response is final").isFalse();

        IdempotencyRecord stored = store.find("r1").orElseThrow();
        assertThat(stored.response()).isPresent();
        assertThat(stored.response().get().status()).isEqualTo(201);
        assertThat(stored.response().get().sealedBody()).isEqualTo(body);
        assertThat(stored.requestFingerprint()).isEqualTo("f".repeat(64));
    }

    @Test
    @DisplayName("a claim is replaced only by whoever saw it as it is now: its token and its claim time")
    void replaceIsCompareAndSet() {
        store.insertIfAbsent(claim("r1", "tok-a", T0));

        assertThat(store.replace(claim("r1", "tok-x", T0), claim("r1", "tok-b", T0.plusSeconds(5)))).isFalse();
        assertThat(store.replace(claim("r1", "tok-a", T0), claim("r1", "tok-b", T0.plusSeconds(5)))).isTrue();
        assertThat(store.replace(claim("r1", "tok-a", T0), claim("r1", "tok-c", T0.plusSeconds(6)))).isFalse();
        assertThat(store.find("r1")).contains(claim("r1", "tok-b", T0.plusSeconds(5)));

        store.renew("r1", "tok-b", T0.plusSeconds(9));
        assertThat(store.replace(claim("r1", "tok-b", T0.plusSeconds(5)), claim("r1", "tok-d", T0.plusSeconds(40))))
                .as("renewed since it was read").isFalse();
        assertThat(store.find("r1")).contains(claim("r1", "tok-b", T0.plusSeconds(9)));
    }

    @Test
    @DisplayName("a claim is renewed only by its holder and only while it has no response")
    void renewKeepsOnlyOwnUnfinishedClaimAlive() {
        store.insertIfAbsent(claim("r1", "tok-a", T0));

        assertThat(store.renew("r1", "tok-other", T0.plusSeconds(20))).isFalse();
        assertThat(store.find("r1")).contains(claim("r1", "tok-a", T0));
        assertThat(store.renew("r1", "tok-a", T0.plusSeconds(20))).isTrue();
        assertThat(store.find("r1")).contains(claim("r1", "tok-a", T0.plusSeconds(20)));

        store.complete("r1", "tok-a", new StoredResponse(200, new byte[]{1}), T0.plusSeconds(21));
        assertThat(store.renew("r1", "tok-a", T0.plusSeconds(40))).as("a finished record is not renewed").isFalse();
        assertThat(store.find("r1").orElseThrow().createdAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(store.renew("absent", "tok-a", T0)).isFalse();
    }

    @Test
    @DisplayName("releasing a claim frees the key only for the claim holder and never deletes a finished response")
    void releaseFreesOnlyOwnUnfinishedClaim() {
        store.insertIfAbsent(claim("r1", "tok-a", T0));
        store.insertIfAbsent(claim("r2", "tok-b", T0));
        store.complete("r2", "tok-b", new StoredResponse(200, new byte[]{1}), T0);

        store.release("r1", "tok-other");
        assertThat(store.find("r1")).isPresent();
        store.release("r1", "tok-a");
        assertThat(store.find("r1")).isEmpty();
        store.release("r2", "tok-b");
        assertThat(store.find("r2")).isPresent();
    }

    @Test
    @DisplayName("expired records are deleted in batches of at most the batch size, younger ones stay")
    void deleteExpiredInBatches() {
        for (int i = 0; i < 5; i++) {
            store.insertIfAbsent(claim("old-" + i, "t", T0.minusSeconds(100 + i)));
        }
        store.insertIfAbsent(claim("young", "t", T0));

        assertThat(store.deleteExpired(T0, 3)).isEqualTo(3);
        assertThat(store.deleteExpired(T0, 3)).isEqualTo(2);
        assertThat(store.deleteExpired(T0, 3)).isZero();
        assertThat(store.find("young")).isPresent();
        assertThat(store.find("old-0")).isEmpty();
    }

    @Test
    @DisplayName("16 parallel first requests with one key execute exactly once and all get the same bytes")
    void parallelFirstRequestsExecuteOnce() throws Exception {
        IdempotencyService service = new IdempotencyService(store, Digests.unkeyed(),
                new SealedBodies(Digests.unkeyed(), new SecureRandom()), Clock.systemUTC(),
                Duration.ofHours(24), Duration.ofMinutes(1));
        IdempotentRequest request = new IdempotentRequest("decide", "token:abc", "key-1", "{\"text\":\"x\"}");
        AtomicInteger executions = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (System.nanoTime() < deadline) {
                        Attempt attempt = service.begin(request);
                        if (attempt instanceof Attempt.Execute execute) {
                            byte[] body = ("{\"n\":" + executions.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
                            Thread.sleep(50);
                            service.complete(execute, 200, body);
                            return body;
                        }
                        if (attempt instanceof Attempt.Replay replay) {
                            return replay.body();
                        }
                        assertThat(attempt).isInstanceOf(Attempt.InProgress.class);
                        Thread.sleep(5);
                    }
                    throw new AssertionError("no answer within 20 s");
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<byte[]> answer : answers) {
                bodies.add(new String(answer.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
            }

            assertThat(executions).hasValue(1);
            assertThat(bodies).hasSize(16).containsOnly("{\"n\":1}");
        } finally {
            callers.shutdownNow();
        }
    }
}
