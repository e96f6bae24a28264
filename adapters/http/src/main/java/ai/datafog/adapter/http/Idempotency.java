package ai.datafog.adapter.http;

import ai.datafog.application.port.in.IdempotencyUseCase;
import ai.datafog.application.port.in.IdempotencyUseCase.Attempt;
import ai.datafog.application.port.in.IdempotencyUseCase.IdempotentRequest;
import ai.datafog.application.port.out.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * The idempotency of POST endpoints (SPEC §4.3) in one call. Without an {@code idempotency_key} in
 * the body the handler simply runs. With one, the first request runs the handler and its status
 * and exact body bytes are stored; a repeat with the same canonical payload gets those bytes back
 * (header {@code Idempotent-Replayed: true}); a repeat with a different payload is 409
 * {@code idempotency_conflict}; a repeat while the first still runs waits for it. Failures (an
 * error, a 5xx) are not stored: the key is released so a retry runs again. Once its claim is taken,
 * the handler runs to its end even when its request is cancelled (request timeout, disconnect), and what it answers
 * is stored: a decision made after the caller stopped waiting has its receipt, and a retry replays that
 * decision instead of making and recording a second one. While it runs, its claim is renewed, so
 * however slow it is no retry takes the key over; only a claim nobody renews (its replica died) is. Every response that passes through here is
 * serialized once, to the bytes that are both sent and stored.
 */
public final class Idempotency {

    public static final String KEY_FIELD = "idempotency_key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger log = LoggerFactory.getLogger(Idempotency.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(10);
    private static final Duration LONGEST_WAIT = Duration.ofMillis(200);

    private final IdempotencyUseCase idempotency;
    private final BlockingCalls blocking;
    private final JsonMapper json;
    private final Duration maxWait;

    /** @param maxWait how long a duplicate waits for the first request before it is refused with 409 */
    public Idempotency(IdempotencyUseCase idempotency, BlockingCalls blocking, JsonMapper json, Duration maxWait) {
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.blocking = Objects.requireNonNull(blocking, "blocking");
        this.json = Objects.requireNonNull(json, "json");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
    }

    /**
     * Runs {@code handler} at most once per {@code idempotency_key} of {@code body}, scoped to
     * {@code endpoint} (e.g. {@code "decide"}) and the calling client.
     */
    public Mono<ResponseEntity<byte[]>> run(String endpoint, ServerWebExchange exchange, JsonBody body,
                                            Supplier<? extends Mono<? extends ResponseEntity<?>>> handler) {
        return Mono.defer(() -> run(endpoint, ClientIds.of(exchange),
                body.optionalString(KEY_FIELD, IdempotencyUseCase.MAX_KEY_LENGTH), body, handler));
    }

    /** The same with the client id and key given explicitly. */
    public Mono<ResponseEntity<byte[]>> run(String endpoint, String clientId, Optional<String> key, JsonBody body,
                                            Supplier<? extends Mono<? extends ResponseEntity<?>>> handler) {
        if (key.isEmpty()) {
            return Mono.defer(handler).map(this::serialize);
        }
        IdempotentRequest request = new IdempotentRequest(endpoint, clientId, key.get(),
                CanonicalJson.of(body.root(), Set.of(KEY_FIELD)));
        long deadline = System.nanoTime() + maxWait.toNanos();
        return attempt(request, handler, deadline, FIRST_WAIT);
    }

    private Mono<ResponseEntity<byte[]>> attempt(IdempotentRequest request,
                                                 Supplier<? extends Mono<? extends ResponseEntity<?>>> handler,
                                                 long deadline, Duration wait) {
        // The handler starts in the same call that takes the claim: a claim taken while the caller went
        // away (request timeout, disconnect) still gets its handler run and its answer stored.
        return blocking.call(() -> proceed(request, handler, deadline, wait, idempotency.begin(request)))
                .flatMap(outcome -> outcome);
    }

    private Mono<ResponseEntity<byte[]>> proceed(IdempotentRequest request,
                                                 Supplier<? extends Mono<? extends ResponseEntity<?>>> handler,
                                                 long deadline, Duration wait, Attempt attempt) {
        if (attempt instanceof Attempt.Execute execution) {
            return execute(execution, handler);
        }
        if (attempt instanceof Attempt.Replay replay) {
            return Mono.just(ResponseEntity.status(replay.status()).contentType(MediaType.APPLICATION_JSON)
                    .header(REPLAYED_HEADER, "true").body(replay.body()));
        }
        if (attempt instanceof Attempt.Conflict) {
            return Mono.error(new ApiException(ErrorCode.IDEMPOTENCY_CONFLICT,
                    KEY_FIELD + " was already used with a different request"));
        }
        if (System.nanoTime() + wait.toNanos() > deadline) {
            return Mono.error(new ApiException(ErrorCode.IDEMPOTENCY_CONFLICT,
                    "a request with this " + KEY_FIELD + " is still in progress; retry later"));
        }
        Duration next = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        return Mono.delay(wait).then(Mono.defer(() -> attempt(request, handler, deadline, next)));
    }

    private Mono<ResponseEntity<byte[]>> execute(Attempt.Execute execution,
                                                 Supplier<? extends Mono<? extends ResponseEntity<?>>> handler) {
        Sinks.One<ResponseEntity<byte[]>> outcome = Sinks.one();
        Disposable renewals = renewWhileRunning(execution);
        runToTheEnd(execution, handler)
                .doFinally(signal -> renewals.dispose())
                .subscribe(outcome::tryEmitValue, outcome::tryEmitError, outcome::tryEmitEmpty);
        return outcome.asMono();
    }

    /**
     * Renews the claim every {@link IdempotencyUseCase#renewalInterval()} until disposed or the claim
     * is no longer this execution's, so a slow handler keeps its key and only a dead replica's claim
     * is taken over. A renewal the store could not make is tried again at the next tick.
     */
    private Disposable renewWhileRunning(Attempt.Execute execution) {
        Duration every = idempotency.renewalInterval();
        return Flux.interval(every, every)
                .onBackpressureDrop()
                .concatMap(tick -> blocking.call(() -> idempotency.renew(execution))
                        .onErrorResume(failure -> {
                            log.warn("an idempotency claim could not be renewed ({}); trying again in {}",
                                    failure.getClass().getName(), every);
                            return Mono.just(true);
                        }), 1)
                .takeWhile(Boolean::booleanValue)
                .subscribe();
    }

    /** The handler, then its response stored (or the key given up); subscribed on its own, never cancelled. */
    private Mono<ResponseEntity<byte[]>> runToTheEnd(Attempt.Execute execution,
                                                     Supplier<? extends Mono<? extends ResponseEntity<?>>> handler) {
        return Mono.defer(handler)
                .map(this::serialize)
                .flatMap(response -> {
                    if (response.getStatusCode().is5xxServerError()) {
                        return abandon(execution).thenReturn(response);
                    }
                    return blocking.call(() -> {
                        idempotency.complete(execution, response.getStatusCode().value(), response.getBody());
                        return response;
                    }).onErrorResume(Idempotency::notStored, notStored -> {
                        // The handler's work is done (a decision made, its receipt written): answer it.
                        log.warn("an idempotent response could not be stored ({}); a retry may run again",
                                notStored.getClass().getName());
                        return Mono.just(response);
                    });
                })
                .onErrorResume(failure -> abandon(execution).then(Mono.error(failure)));
    }

    /** The store is down, or every database thread is busy and the queue full: the answer stands unstored. */
    private static boolean notStored(Throwable failure) {
        return failure instanceof StoreUnavailableException || failure instanceof RejectedExecutionException;
    }

    private Mono<Void> abandon(Attempt.Execute execution) {
        return blocking.call(() -> {
            idempotency.abandon(execution);
            return true;
        }).onErrorResume(StoreUnavailableException.class, ignored -> Mono.just(false)).then();
    }

    private ResponseEntity<byte[]> serialize(ResponseEntity<?> response) {
        byte[] bytes = json.writeValueAsBytes(response.getBody());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_JSON).body(bytes);
    }
}
