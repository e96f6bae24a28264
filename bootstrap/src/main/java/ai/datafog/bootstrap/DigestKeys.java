package ai.datafog.bootstrap;

import ai.datafog.domain.crypto.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The two ways the service digests data, both from {@code DATAFOG_RECEIPT_HASH_KEY}:
 * {@code hashes} (action/input hashes, idempotency fingerprints) are HMAC with the key, else plain
 * SHA-256; {@code values} (tokens, pseudonyms, hashes of values, finding fingerprints) are HMAC with
 * the key, else with a random per-process key, because an unkeyed hash of a short value such as an
 * SSN can be reversed by hashing every candidate. Without a key the service runs on its embedded
 * database only (one process): PostgreSQL, where replicas share data, requires the key.
 */
record DigestKeys(Digests hashes, Digests values) {

    private static final Logger log = LoggerFactory.getLogger(DigestKeys.class);

    static DigestKeys from(DatafogConfig config) {
        if (config.hashKey().isPresent()) {
            Digests keyed = Digests.keyed(config.hashKey().get().getBytes(StandardCharsets.UTF_8));
            return new DigestKeys(keyed, keyed);
        }
        log.warn("DATAFOG_RECEIPT_HASH_KEY is not set: tokens, pseudonyms, value hashes and receipt fingerprints use a "
                + "random per-process key and are not stable across restarts; action and input hashes "
                + "are unkeyed SHA-256");
        return new DigestKeys(Digests.unkeyed(), Digests.randomlyKeyed(new SecureRandom()));
    }
}
