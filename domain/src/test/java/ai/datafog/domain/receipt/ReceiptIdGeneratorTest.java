package ai.datafog.domain.receipt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Receipt ids are RFC 9562 version 7 UUIDs that increase with time")
class ReceiptIdGeneratorTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123Z");

    @Test
    @DisplayName("an id carries version 7, the RFC variant and the clock's millisecond")
    void carriesVersionVariantAndTime() {
        UUID id = new ReceiptIdGenerator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1)).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(ReceiptIdGenerator.millisOf(id)).isEqualTo(NOW.toEpochMilli());
        assertThat(id.toString()).startsWith(String.format("%08x", NOW.toEpochMilli() >>> 16));
    }

    @Test
    @DisplayName("ids made within one millisecond, even 10,000 of them, still strictly increase")
    void idsIncreaseWithinOneMillisecond() {
        ReceiptIdGenerator generator = new ReceiptIdGenerator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(7));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.next());
        }
        for (int i = 1; i < ids.size(); i++) {
            ReceiptCursor previous = new ReceiptCursor(NOW, ids.get(i - 1));
            ReceiptCursor current = new ReceiptCursor(NOW, ids.get(i));
            assertThat(current.compareTo(previous)).as("id %d sorts before id %d newest-first", i, i - 1).isNegative();
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a clock that steps back does not make ids go backwards")
    void clockSteppingBackKeepsOrder() {
        MutableClock clock = new MutableClock(NOW);
        ReceiptIdGenerator generator = new ReceiptIdGenerator(clock, new SplittableRandom(3));
        UUID first = generator.next();
        clock.now = NOW.minusSeconds(5);
        UUID second = generator.next();

        assertThat(Long.compareUnsigned(second.getMostSignificantBits(), first.getMostSignificantBits())).isPositive();
    }

    @Test
    @DisplayName("asking the time of a random (version 4) UUID is refused")
    void millisOfRefusesOtherVersions() {
        assertThatThrownBy(() -> ReceiptIdGenerator.millisOf(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
