package ai.datafog.domain.receipt;

import ai.datafog.domain.Uuids;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A keyset position in the newest-first receipt order: the (timestamp, receipt id) of the last
 * receipt of a page; the next page holds strictly older positions. Like receipt timestamps it is
 * kept to the microsecond. On the wire it is opaque:
 * base64url of a version byte, epoch seconds, nanos and the 16 id bytes.
 */
public record ReceiptCursor(Instant timestamp, UUID receiptId) implements Comparable<ReceiptCursor> {

    /** Newest first: later timestamp first, then the larger id (compared as unsigned bytes, like the databases do). */
    public static final Comparator<ReceiptCursor> NEWEST_FIRST = Comparator
            .comparing(ReceiptCursor::timestamp)
            .thenComparing(ReceiptCursor::receiptId, Uuids.UNSIGNED)
            .reversed();

    private static final byte VERSION = 1;
    private static final int ENCODED_BYTES = 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES;

    public ReceiptCursor {
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(receiptId, "receiptId");
    }

    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(ENCODED_BYTES)
                .put(VERSION)
                .putLong(timestamp.getEpochSecond())
                .putInt(timestamp.getNano())
                .putLong(receiptId.getMostSignificantBits())
                .putLong(receiptId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** The cursor {@code text} encodes, or empty when it is not one this service issued. */
    public static Optional<ReceiptCursor> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != ENCODED_BYTES || bytes[0] != VERSION) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, ENCODED_BYTES - 1);
        long seconds = buffer.getLong();
        int nanos = buffer.getInt();
        if (nanos < 0 || nanos > 999_999_999 || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            return Optional.empty();
        }
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        if (!ReceiptQuery.isQueryable(Instant.ofEpochSecond(seconds, nanos))) {
            return Optional.empty();
        }
        ReceiptCursor cursor = new ReceiptCursor(Instant.ofEpochSecond(seconds, nanos), id);
        return cursor.encode().equals(text) ? Optional.of(cursor) : Optional.empty();
    }

    /** True when a receipt at {@code other} comes after this position in newest-first order. */
    public boolean isBefore(ReceiptCursor other) {
        return NEWEST_FIRST.compare(this, other) < 0;
    }

    @Override
    public int compareTo(ReceiptCursor other) {
        return NEWEST_FIRST.compare(this, other);
    }
}
