package ai.datafog.application.idempotency;

import ai.datafog.application.port.in.IdempotencyUseCase;
import ai.datafog.application.port.out.IdempotencyStore;
import ai.datafog.application.port.out.IdempotencyStore.IdempotencyRecord;
import ai.datafog.application.port.out.IdempotencyStore.StoredResponse;
import ai.datafog.domain.crypto.Digests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency over a shared store. The first request inserts a claim under a unique id, which the
 * database grants to exactly one caller across all replicas; the others see the claim and wait for
 * its response. Neither the key nor the request is stored: the record id and the fingerprint are
 * digests, and the response body is sealed with a key derived from the request itself (see
 * {@link SealedBodies}), so a stored scan response cannot reveal the values it lists.
 */
public final class IdempotencyService implements IdempotencyUseCase {

    private static final System.Logger LOG = System.getLogger(IdempotencyService.class.getName());

    private static final int CLAIM_ATTEMPTS = 3;

    private final IdempotencyStore store;
    private final Digests digests;
    private final SealedBodies sealed;
    private final Clock clock;
    private final Duration ttl;
    private final Duration claimTimeout;

    /**
     * @param ttl          how long a record counts (DATAFOG_IDEMPOTENCY_TTL); older ones are as if absent
     * @param claimTimeout how long an unfinished claim blocks the key, since it was made or last
     *                     renewed, before another request may take it over (its owner crashed)
     */
    public IdempotencyService(IdempotencyStore store, Digests digests, SealedBodies sealed, Clock clock,
                              Duration ttl, Duration claimTimeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.digests = Objects.requireNonNull(digests, "digests");
        this.sealed = Objects.requireNonNull(sealed, "sealed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = requirePositive(ttl, "ttl");
        this.claimTimeout = requirePositive(claimTimeout, "claimTimeout");
    }

    @Override
    public Attempt begin(IdempotentRequest request) {
        String recordId = recordId(request);
        String fingerprint = fingerprint(request);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            IdempotencyRecord claim = new IdempotencyRecord(recordId, request.endpoint(), fingerprint,
                    UUID.randomUUID().toString(), now, Optional.empty());
            if (store.insertIfAbsent(claim)) {
                return new Attempt.Execute(request, claim.claimToken());
            }
            Optional<IdempotencyRecord> found = store.find(recordId);
            if (found.isEmpty()) {
                continue;
            }
            IdempotencyRecord existing = found.get();
            if (isStale(existing, now)) {
                if (store.replace(existing, claim)) {
                    return new Attempt.Execute(request, claim.claimToken());
                }
                continue;
            }
            if (!existing.requestFingerprint().equals(fingerprint)) {
                return new Attempt.Conflict();
            }
            return existing.response()
                    .<Attempt>map(response -> new Attempt.Replay(response.status(),
                            sealed.open(response.sealedBody(), request.canonicalRequest(), recordId)))
                    .orElseGet(Attempt.InProgress::new);
        }
        return new Attempt.InProgress();
    }

    @Override
    public void complete(Attempt.Execute execution, int status, byte[] body) {
        IdempotentRequest request = execution.request();
        String recordId = recordId(request);
        byte[] box = sealed.seal(body, request.canonicalRequest(), recordId);
        if (!store.complete(recordId, execution.claimToken(), new StoredResponse(status, box), clock.instant())) {
            // The claim went a claim timeout without a renewal (its replica could not reach the
            // database, or stalled) and another request took the key over: that request ran again.
            LOG.log(System.Logger.Level.WARNING, "an idempotent {0} response was not stored: its claim had been taken over",
                    request.endpoint());
        }
    }

    @Override
    public boolean renew(Attempt.Execute execution) {
        return store.renew(recordId(execution.request()), execution.claimToken(), clock.instant());
    }

    /**
     * A third of the claim timeout (or of the TTL, if shorter: an unfinished record older than the TTL
     * counts as absent too), so two renewals may fail or come late before a live claim looks abandoned.
     */
    @Override
    public Duration renewalInterval() {
        return (ttl.compareTo(claimTimeout) < 0 ? ttl : claimTimeout).dividedBy(3);
    }

    @Override
    public void abandon(Attempt.Execute execution) {
        store.release(recordId(execution.request()), execution.claimToken());
    }

    private boolean isStale(IdempotencyRecord existing, Instant now) {
        boolean expired = existing.createdAt().isBefore(now.minus(ttl));
        boolean abandonedClaim = existing.response().isEmpty() && existing.createdAt().isBefore(now.minus(claimTimeout));
        return expired || abandonedClaim;
    }

    private String recordId(IdempotentRequest request) {
        return digests.hex("idempotency-scope\n" + request.endpoint() + "\n" + request.clientId() + "\n" + request.key());
    }

    private String fingerprint(IdempotentRequest request) {
        return digests.hex("idempotency-request\n" + request.canonicalRequest());
    }

    private static Duration requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return duration;
    }
}
