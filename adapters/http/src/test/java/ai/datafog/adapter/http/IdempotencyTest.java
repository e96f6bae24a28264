package ai.datafog.adapter.http;

import ai.datafog.application.port.in.IdempotencyUseCase;
import ai.datafog.application.port.out.StoreUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An idempotent request's handler runs to its end, and its answer is kept, even when the request is cancelled")
class IdempotencyTest {

    private static final Duration RENEWAL = Duration.ofMillis(20);

    private final Scheduler scheduler = Schedulers.newBoundedElastic(2, 100, "idempotency-test");
    private final RecordingIdempotency keys = new RecordingIdempotency();
    private final Idempotency idempotency = new Idempotency(keys, new BlockingCalls(scheduler), JsonMapper.builder().build(),
            Duration.ofSeconds(2));
    private final JsonBody body = JsonBody.parse("{\"idempotency_key\":\"k1\",\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8));

    @AfterEach
    void stop() {
        scheduler.dispose();
    }

    /** Waits, up to a generous bound, for something another thread does. */
    private static void eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private Mono<ResponseEntity<byte[]>> run(java.util.function.Supplier<Mono<ResponseEntity<?>>> handler) {
        return idempotency.run("decide", "client-1", Optional.of("k1"), body, handler);
    }

    /** Runs a request whose handler answers with {@code decision}, and cancels it once the handler has started. */
    private AtomicInteger startedThenCancelled(CompletableFuture<ResponseEntity<?>> decision) {
        AtomicInteger handled = new AtomicInteger();
        Disposable request = run(() -> {
            handled.incrementAndGet();
            return Mono.fromFuture(decision);
        }).subscribe();
        eventually(() -> handled.get() == 1);
        request.dispose();
        return handled;
    }

    @Test
    @DisplayName("cancelled while its handler runs (a request timeout): the answer is stored, and a retry replays it without running again")
    void cancelledRequestKeepsItsAnswer() {
        CompletableFuture<ResponseEntity<?>> decision = new CompletableFuture<>();
        AtomicInteger handled = startedThenCancelled(decision);

        decision.complete(ResponseEntity.ok(Map.of("receipt_id", "r-1")));

        eventually(() -> keys.stored() != null);
        assertThat(keys.abandoned()).isZero();
        ResponseEntity<byte[]> retry = run(() -> {
            handled.incrementAndGet();
            return Mono.just(ResponseEntity.ok(Map.of("receipt_id", "r-2")));
        }).block(Duration.ofSeconds(10));
        assertThat(new String(retry.getBody(), StandardCharsets.UTF_8)).contains("r-1");
        assertThat(retry.getHeaders().getFirst(Idempotency.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(handled).as("the handler ran once").hasValue(1);
    }

    @Test
    @DisplayName("a handler doing its work inline (a small body's scan) is not interrupted when its request is cancelled, and its answer is stored")
    void cancelledInlineHandlerIsNotInterrupted() throws InterruptedException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        Disposable request = run(() -> Mono.fromCallable(() -> {
            started.countDown();
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return ResponseEntity.ok(Map.of("receipt_id", "r-inline"));
        })).subscribe();
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        request.dispose();
        release.countDown();

        eventually(() -> keys.stored() != null);
        assertThat(interrupted).as("the handler's thread was not interrupted").isFalse();
        assertThat(keys.abandoned()).isZero();
    }

    @Test
    @DisplayName("cancelled while its claim is being taken: the claim still gets its handler run and its answer stored")
    void cancelledWhileClaimingStillRunsTheHandler() throws InterruptedException {
        keys.beginRelease = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        Disposable request = run(() -> {
            handled.incrementAndGet();
            return Mono.just(ResponseEntity.ok(Map.of("receipt_id", "r-claimed")));
        }).subscribe();
        assertThat(keys.beginEntered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        request.dispose();
        keys.beginRelease.countDown();

        eventually(() -> keys.stored() != null);
        assertThat(handled).hasValue(1);
        assertThat(new String(keys.stored(), StandardCharsets.UTF_8)).contains("r-claimed");
    }

    @Test
    @DisplayName("when every database thread is busy as the answer is stored, the answer is still returned and the key kept claimed")
    void answerStandsWhenStoringIsRejected() {
        java.util.concurrent.atomic.AtomicBoolean saturated = new java.util.concurrent.atomic.AtomicBoolean();
        Scheduler rejecting = new Scheduler() {
            @Override
            public Disposable schedule(Runnable task) {
                if (saturated.get()) {
                    throw reactor.core.Exceptions.failWithRejected();
                }
                return scheduler.schedule(task);
            }

            @Override
            public Worker createWorker() {
                return scheduler.createWorker();
            }
        };
        Idempotency busy = new Idempotency(keys, new BlockingCalls(rejecting), JsonMapper.builder().build(), Duration.ofSeconds(2));

        ResponseEntity<byte[]> answer = busy.run("decide", "client-1", java.util.Optional.of("k1"), body, () -> {
            saturated.set(true);
            return Mono.just(ResponseEntity.ok(Map.of("receipt_id", "r-busy")));
        }).block(Duration.ofSeconds(10));

        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).contains("r-busy");
        assertThat(keys.abandoned()).as("the key is not given up for a retry to decide again").isZero();
    }

    @Test
    @DisplayName("a handler that fails after its request was cancelled gives the key up, so a retry runs again")
    void cancelledThenFailedGivesTheKeyUp() {
        CompletableFuture<ResponseEntity<?>> decision = new CompletableFuture<>();
        startedThenCancelled(decision);

        decision.completeExceptionally(new IllegalStateException("store down"));

        eventually(() -> keys.abandoned() == 1);
        assertThat(keys.stored()).isNull();
    }

    @Test
    @DisplayName("while its handler runs, the claim is renewed at the use case's interval, and renewals stop when the handler ends")
    void claimIsRenewedWhileTheHandlerRuns() throws InterruptedException {
        CompletableFuture<ResponseEntity<?>> decision = new CompletableFuture<>();
        run(() -> Mono.fromFuture(decision)).subscribe();

        eventually(() -> keys.renewals() >= 3);
        assertThat(keys.stored()).isNull();
        decision.complete(ResponseEntity.ok(Map.of("receipt_id", "r-1")));
        eventually(() -> keys.stored() != null);
        Thread.sleep(RENEWAL.multipliedBy(3).toMillis());
        int afterTheEnd = keys.renewals();
        Thread.sleep(RENEWAL.multipliedBy(10).toMillis());

        assertThat(keys.renewals()).as("no renewal after the handler ended").isEqualTo(afterTheEnd);
    }

    @Test
    @DisplayName("renewals stop once the claim is no longer the execution's, and a store outage does not stop them")
    void renewalsStopWhenTheClaimIsLost() throws InterruptedException {
        keys.failRenewals(2);
        keys.loseClaimAfterRenewals(4);
        CompletableFuture<ResponseEntity<?>> decision = new CompletableFuture<>();
        run(() -> Mono.fromFuture(decision)).subscribe();

        eventually(() -> keys.renewals() >= 4);
        Thread.sleep(RENEWAL.multipliedBy(10).toMillis());

        assertThat(keys.renewals()).as("two failed renewals, two granted, one refused, then none").isEqualTo(5);
        decision.complete(ResponseEntity.ok(Map.of("receipt_id", "r-1")));
    }

    /** Hands out the key once, replays what was stored, and counts what it was told. */
    private static final class RecordingIdempotency implements IdempotencyUseCase {

        private byte[] stored;
        private int status;
        private int abandoned;
        private boolean claimed;
        private int renewals;
        private int failingRenewals;
        private int grantedRenewals = Integer.MAX_VALUE;

        /** When set, begin waits for it after being entered (counted down on {@link #beginEntered}). */
        private volatile java.util.concurrent.CountDownLatch beginRelease;
        private final java.util.concurrent.CountDownLatch beginEntered = new java.util.concurrent.CountDownLatch(1);

        @Override
        public synchronized Attempt begin(IdempotentRequest request) {
            if (beginRelease != null) {
                beginEntered.countDown();
                try {
                    beginRelease.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException("begin interrupted", e);
                }
            }
            if (stored != null) {
                return new Attempt.Replay(status, stored);
            }
            if (claimed) {
                return new Attempt.InProgress();
            }
            claimed = true;
            return new Attempt.Execute(request, "claim-1");
        }

        @Override
        public synchronized void complete(Attempt.Execute execution, int status, byte[] body) {
            this.status = status;
            this.stored = body.clone();
        }

        @Override
        public synchronized boolean renew(Attempt.Execute execution) {
            renewals++;
            if (renewals <= failingRenewals) {
                throw new StoreUnavailableException("down", new IllegalStateException());
            }
            return renewals <= grantedRenewals;
        }

        @Override
        public Duration renewalInterval() {
            return RENEWAL;
        }

        synchronized void failRenewals(int count) {
            failingRenewals = count;
        }

        synchronized void loseClaimAfterRenewals(int count) {
            grantedRenewals = count;
        }

        synchronized int renewals() {
            return renewals;
        }

        @Override
        public synchronized void abandon(Attempt.Execute execution) {
            abandoned++;
            claimed = false;
        }

        synchronized byte[] stored() {
            return stored;
        }

        synchronized int abandoned() {
            return abandoned;
        }
    }
}
