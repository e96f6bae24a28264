package ai.datafog.domain.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Hex digests of values: HMAC-SHA256 under a key when one is configured, else plain SHA-256.
 * An unkeyed hash of a short secret can be brute-forced, so receipts and tokens prefer the key.
 */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();
    private static final int RANDOM_KEY_BYTES = 32;

    private final byte[] key;
    /** An HMAC initialised with the key, cloned per digest: no provider lookup or key set-up per call. */
    private final Mac initialised;

    private Digests(byte[] key) {
        this.key = key;
        this.initialised = key == null ? null : newMac(key);
    }

    /** Digests keyed with {@code key} (HMAC-SHA256). */
    public static Digests keyed(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("an HMAC key must not be empty");
        }
        return new Digests(Arrays.copyOf(key, key.length));
    }

    /** Digests keyed with a fresh random key: stable within this process only. */
    public static Digests randomlyKeyed(SecureRandom random) {
        byte[] key = new byte[RANDOM_KEY_BYTES];
        random.nextBytes(key);
        return new Digests(key);
    }

    /** Plain SHA-256 digests, for deployments that configured no key. */
    public static Digests unkeyed() {
        return new Digests(null);
    }

    public boolean isKeyed() {
        return key != null;
    }

    /** Lower-case hex of HMAC-SHA256(key, value) when keyed, else of SHA-256(value). */
    public String hex(String value) {
        return HEX.formatHex(digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The HMAC of the key when keyed, else SHA-256; never empty. */
    public byte[] digest(byte[] data) {
        try {
            if (key == null) {
                return MessageDigest.getInstance("SHA-256").digest(data);
            }
            return macForOneUse().doFinal(data);
        } catch (GeneralSecurityException missingAlgorithm) {
            throw new IllegalStateException("SHA-256 / HmacSHA256 must be available in every JDK", missingAlgorithm);
        }
    }

    private Mac macForOneUse() {
        try {
            return (Mac) initialised.clone();
        } catch (CloneNotSupportedException providerWithoutClone) {
            return newMac(key);
        }
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException missingAlgorithm) {
            throw new IllegalStateException("HmacSHA256 must be available in every JDK", missingAlgorithm);
        }
    }

    /** Hex of the key's HMAC, for callers that need a keyed digest even when none is configured. */
    public Optional<String> keyedHex(String value) {
        return key == null ? Optional.empty() : Optional.of(hex(value));
    }

    @Override
    public String toString() {
        return key == null ? "Digests[unkeyed]" : "Digests[keyed]";
    }
}
