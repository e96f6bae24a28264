package ai.datafog.application.port.out;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Shared idempotency records (SPEC §4.3), one per scoped key, visible to every replica. Every
 * change is conditional on the claim token the caller holds, so two replicas can never both own
 * one key. All methods block.
 */
public interface IdempotencyStore {

    /** Inserts {@code claim} unless a record with its id exists; true when this call inserted it. Atomic. */
    boolean insertIfAbsent(IdempotencyRecord claim);

    Optional<IdempotencyRecord> find(String recordId);

    /**
     * Replaces the record by {@code claim} if it is still as {@code expected} was read (the same claim
     * token and claim time: a renewal in between makes it fail); true when replaced.
     */
    boolean replace(IdempotencyRecord expected, IdempotencyRecord claim);

    /** Stores the response on the record still holding {@code claimToken}; true when stored. */
    boolean complete(String recordId, String claimToken, StoredResponse response, Instant completedAt);

    /**
     * Moves the claim time of the record still holding {@code claimToken} and no response to
     * {@code renewedAt}: its owner is alive, so the claim is not taken over. True when renewed.
     */
    boolean renew(String recordId, String claimToken, Instant renewedAt);

    /** Deletes the record still holding {@code claimToken} and no response, so the key may be used again. */
    void release(String recordId, String claimToken);

    /** Deletes at most {@code batchSize} records created before {@code cutoff}; returns how many. */
    int deleteExpired(Instant cutoff, int batchSize);

    /**
     * One scoped key: its id (a digest of endpoint, client and key — the key itself is not kept), a
     * digest of the request, the token of the request that owns it, when it was claimed or its claim
     * last renewed (to the microsecond, as databases keep it), and the response once there is one.
     */
    record IdempotencyRecord(String recordId, String endpoint, String requestFingerprint, String claimToken,
                             Instant createdAt, Optional<StoredResponse> response) {

        public IdempotencyRecord {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(requestFingerprint, "requestFingerprint");
            Objects.requireNonNull(claimToken, "claimToken");
            createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
            response = response == null ? Optional.empty() : response;
        }
    }

    /** A finished response: HTTP status and the body, sealed (encrypted) by the application. */
    record StoredResponse(int status, byte[] sealedBody) {

        public StoredResponse {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be an HTTP status");
            }
            sealedBody = Objects.requireNonNull(sealedBody, "sealedBody").clone();
        }

        @Override
        public byte[] sealedBody() {
            return sealedBody.clone();
        }
    }
}
