package ai.datafog.adapter.http.edge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A set of accepted bearer tokens, held only as SHA-256 digests. A candidate is hashed and compared
 * with every digest by {@link MessageDigest#isEqual} (fixed length, no early exit), so neither the
 * length nor the prefix of a token leaks through timing.
 */
public final class TokenSet {

    /** Hex characters of the token digest used as the client id (64 bits: unique enough to scope, not the token). */
    static final int CLIENT_ID_HEX = 16;
    private static final TokenSet EMPTY = new TokenSet(new byte[0][]);

    private final byte[][] digests;

    private TokenSet(byte[][] digests) {
        this.digests = digests;
    }

    public static TokenSet of(List<String> tokens) {
        if (tokens.isEmpty()) {
            return EMPTY;
        }
        byte[][] digests = new byte[tokens.size()][];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = sha256(tokens.get(i));
        }
        return new TokenSet(digests);
    }

    public boolean isEmpty() {
        return digests.length == 0;
    }

    public int size() {
        return digests.length;
    }

    /** The client id (a prefix of the token's SHA-256 hex) when the candidate is one of the tokens. */
    public Optional<String> match(String candidate) {
        if (candidate == null || digests.length == 0) {
            return Optional.empty();
        }
        byte[] given = sha256(candidate);
        boolean found = false;
        for (byte[] digest : digests) {
            found |= MessageDigest.isEqual(digest, given);
        }
        return found ? Optional.of(HexFormat.of().formatHex(given).substring(0, CLIENT_ID_HEX)) : Optional.empty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required by every JVM", impossible);
        }
    }

    /** Never prints token material. */
    @Override
    public String toString() {
        return "TokenSet[" + digests.length + " tokens]";
    }
}
