package ai.datafog.application.idempotency;

import ai.datafog.domain.crypto.Digests;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Seals stored response bodies with AES-256-GCM under a key derived from the canonical request
 * (keyed by {@code DATAFOG_RECEIPT_HASH_KEY} when set). A replay must present the same request, so
 * it can open the body; someone reading the database cannot without already knowing the request,
 * which holds the same sensitive values as the response. The record id is bound as associated data.
 */
public final class SealedBodies {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Digests digests;
    private final SecureRandom random;

    public SealedBodies(Digests digests, SecureRandom random) {
        this.digests = Objects.requireNonNull(digests, "digests");
        this.random = Objects.requireNonNull(random, "random");
    }

    public byte[] seal(byte[] body, String canonicalRequest, String recordId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] cipherText = run(Cipher.ENCRYPT_MODE, iv, body, canonicalRequest, recordId);
        return ByteBuffer.allocate(IV_BYTES + cipherText.length).put(iv).put(cipherText).array();
    }

    /** The body sealed for this request and record; fails when either differs or the box was altered. */
    public byte[] open(byte[] box, String canonicalRequest, String recordId) {
        if (box.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("stored idempotent response is damaged");
        }
        byte[] iv = Arrays.copyOfRange(box, 0, IV_BYTES);
        byte[] cipherText = Arrays.copyOfRange(box, IV_BYTES, box.length);
        return run(Cipher.DECRYPT_MODE, iv, cipherText, canonicalRequest, recordId);
    }

    private byte[] run(int mode, byte[] iv, byte[] input, String canonicalRequest, String recordId) {
        byte[] key = digests.digest(("idempotency-body\n" + canonicalRequest).getBytes(StandardCharsets.UTF_8));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(recordId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("stored idempotent response cannot be opened", failed);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
