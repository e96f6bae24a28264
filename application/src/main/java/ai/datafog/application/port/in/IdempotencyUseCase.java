package ai.datafog.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Runs a request at most once per scoped idempotency key (SPEC §4.3). {@link #begin} either hands
 * the caller the right to execute, or the stored response to replay, or says the key is taken by a
 * different payload, or that the first request with this key is still running.
 */
public interface IdempotencyUseCase {

    int MAX_KEY_LENGTH = 200;

    Attempt begin(IdempotentRequest request);

    /** Stores the response of an execution so later requests with the key replay it byte for byte. */
    void complete(Attempt.Execute execution, int status, byte[] body);

    /**
     * Tells the store the execution is still running, so its claim is not taken over as a crashed
     * owner's; call it every {@link #renewalInterval()} until {@link #complete} or {@link #abandon}.
     * False when the claim is no longer this execution's (completed, given up or taken over).
     */
    boolean renew(Attempt.Execute execution);

    /** How often a running execution renews its claim: well within the time after which a claim counts as abandoned. */
    Duration renewalInterval();

    /** Gives the key up after a failed execution, so a retry runs again instead of replaying a failure. */
    void abandon(Attempt.Execute execution);

    /**
     * A request under an idempotency key: the endpoint and client scope the key; the canonical JSON
     * of the parsed request is what "the same payload" means. It is only held in memory.
     */
    record IdempotentRequest(String endpoint, String clientId, String key, String canonicalRequest) {

        public IdempotentRequest {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(canonicalRequest, "canonicalRequest");
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("idempotency_key must be 1.." + MAX_KEY_LENGTH + " characters");
            }
        }

        @Override
        public String toString() {
            return "IdempotentRequest[" + endpoint + "]";
        }
    }

    /** What to do with a request under an idempotency key. */
    sealed interface Attempt {

        /** This request owns the key: run it, then {@link #complete} or {@link #abandon}. */
        record Execute(IdempotentRequest request, String claimToken) implements Attempt {
        }

        /** An earlier request with the same payload finished: answer exactly this. */
        record Replay(int status, byte[] body) implements Attempt {

            public Replay {
                body = body.clone();
            }

            @Override
            public byte[] body() {
                return body.clone();
            }
        }

        /** The key was used with a different payload. */
        record Conflict() implements Attempt {
        }

        /** The first request with this key and payload is still running: ask again shortly. */
        record InProgress() implements Attempt {
        }
    }
}
