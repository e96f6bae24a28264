package ai.datafog.domain.receipt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A receipt cursor is an opaque, exact keyset position")
class ReceiptCursorTest {

    @Test
    @DisplayName("a cursor decodes to exactly the position it encoded, microseconds and id included")
    void roundTrips() {
        ReceiptCursor cursor = new ReceiptCursor(Instant.parse("2025-03-04T05:06:07.123456Z"),
                UUID.fromString("0190f3a2-1b2c-7d3e-8f40-123456789abc"));

        String wire = cursor.encode();

        assertThat(wire).matches("[A-Za-z0-9_-]+");
        assertThat(ReceiptCursor.decode(wire)).contains(cursor);
    }

    @ParameterizedTest(name = "\"{0}\" is not a cursor")
    @ValueSource(strings = {"", "abc", "not base64!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AgAAAABnxYBvB1vNFQGQ86IbLH0-j0ASNFZ4mrw", "AQAAAABnxYBv_____wGQ86IbLH0-j0ASNFZ4mrw"})
    @DisplayName("anything that is not a cursor this service issued is refused")
    void refusesForeignText(String text) {
        assertThat(ReceiptCursor.decode(text)).isEmpty();
    }

    @Test
    @DisplayName("a forged cursor with sub-microsecond time is refused, since no receipt sits there")
    void refusesSubMicrosecondTime() {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(29).put((byte) 1).putLong(1_700_000_000L)
                .putInt(123_456_789).putLong(1L).putLong(2L);
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());

        assertThat(ReceiptCursor.decode(forged)).isEmpty();
    }

    @Test
    @DisplayName("a well-formed cursor dated outside the years 0001 to 9999 is refused; the ends of that range are kept")
    void refusesTimesNoQueryMayName() {
        java.util.UUID id = java.util.UUID.randomUUID();
        for (Instant outside : new Instant[] {Instant.MAX.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                Instant.parse("+300000-01-01T00:00:00Z"), Instant.parse("0000-12-31T23:59:59Z"),
                Instant.MIN}) {
            assertThat(ReceiptCursor.decode(new ReceiptCursor(outside, id).encode())).as(outside.toString()).isEmpty();
        }
        for (Instant edge : new Instant[] {ReceiptQuery.EARLIEST, ReceiptQuery.LATEST}) {
            ReceiptCursor cursor = new ReceiptCursor(edge, id);
            assertThat(ReceiptCursor.decode(cursor.encode())).contains(cursor);
        }
    }

    @Test
    @DisplayName("newest first: the later timestamp first, and on equal time the larger id first, unsigned")
    void ordersNewestFirst() {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        ReceiptCursor older = new ReceiptCursor(t, UUID.fromString("ffffffff-0000-7000-8000-000000000000"));
        ReceiptCursor newer = new ReceiptCursor(t.plusNanos(1000), UUID.fromString("00000000-0000-7000-8000-000000000000"));
        ReceiptCursor sameTimeSmallId = new ReceiptCursor(t, UUID.fromString("7fffffff-0000-7000-8000-000000000000"));

        assertThat(newer.isBefore(older)).isTrue();
        assertThat(older.isBefore(sameTimeSmallId)).as("0xff… is larger than 0x7f… unsigned").isTrue();
        assertThat(older.isBefore(newer)).isFalse();
    }
}
