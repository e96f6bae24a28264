package ai.datafog.domain.receipt;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Time-ordered receipt ids: RFC 9562 UUID version 7 (48-bit Unix milliseconds, version, 12-bit
 * sequence, variant, 62 random bits). Within one generator ids strictly increase, even when the
 * clock stalls or steps back: the sequence counts up, and on overflow the millisecond moves on.
 */
public final class ReceiptIdGenerator {

    private static final int SEQUENCE_BITS = 12;
    private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = Long.MIN_VALUE;
    private long sequence;

    public ReceiptIdGenerator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = random.nextLong(MAX_SEQUENCE / 2 + 1);
        } else if (sequence < MAX_SEQUENCE) {
            sequence++;
        } else {
            lastMillis++;
            sequence = 0;
        }
        long high = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** The Unix millisecond a version 7 id was made in. */
    public static long millisOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID");
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
