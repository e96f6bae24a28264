package ai.datafog.domain.detection;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@DisplayName("1 MiB of adversarial text is scanned in linear time: 4x the text costs at most 8x the time, and never hangs")
class HostileInputTest {

    private static final int MIB = 1 << 20;
    /** A hang guard only (wall time); linearity is judged by the CPU-time ratio below, which machine load does not skew. */
    private static final Duration GUARD = Duration.ofSeconds(10);
    /** Linear work gives 4x for 4x the text, quadratic 16x; 8x leaves room for timer and GC noise. */
    private static final double MAX_GROWTH = 8.0;
    /** Absorbs cache effects when the quarter is fast enough to stay in the CPU caches. */
    private static final long SLACK_NANOS = 100_000_000;
    private static final DetectionEngine ENGINE = DetectionEngine.of(DetectorRegistry.standard(true));

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("one long digit run", "7".repeat(MIB)),
                Arguments.of("@ repeated", "@".repeat(MIB)),
                Arguments.of("a. repeated", "a.".repeat(MIB / 2)),
                Arguments.of("alternating 1-", "1-".repeat(MIB / 2)),
                Arguments.of("nested brackets", "([{<".repeat(MIB / 8) + ">}])".repeat(MIB / 8)),
                Arguments.of("random printable noise", noise(MIB, 42)),
                Arguments.of("a@ repeated", "a@".repeat(MIB / 2)),
                Arguments.of("spaced digits", "1 ".repeat(MIB / 2)),
                Arguments.of("secret keys without values", "token=".repeat(MIB / 6)),
                Arguments.of("colons", "a:".repeat(MIB / 2)),
                Arguments.of("endless dots", ".".repeat(MIB)),
                Arguments.of("schemes", "http://".repeat(MIB / 7)),
                Arguments.of("schemes that are never URLs", "a://".repeat(MIB / 4)),
                Arguments.of("schemes without a host", "http:///".repeat(MIB / 8)),
                Arguments.of("object-store addresses", "s3://bucket/key,".repeat(MIB / 16)),
                Arguments.of("unterminated PEM headers", "-----BEGIN RSA PRIVATE KEY-----".repeat(MIB / 31)),
                Arguments.of("hex and colons", "ab:".repeat(MIB / 3)),
                Arguments.of("labels and colons", "x:".repeat(MIB / 2)),
                Arguments.of("hex-ending labels before hex pairs", "iface:0a:".repeat(MIB / 9)),
                Arguments.of("long hex words before hex pairs", ("0123456789abcdef".repeat(4) + ":0a:").repeat(MIB / 68)),
                Arguments.of("one secret value of 1 MiB", "api_key=" + "Ab1/".repeat(MIB / 4)),
                Arguments.of("one JWT of 1 MiB", "eyJhbGciOiJSUzI1NiJ9.eyJ" + "zdWIi".repeat(MIB / 5) + ".c2lnbmF0dXJl"),
                Arguments.of("a quoted secret value that never closes", "token=\"" + "Ab1=".repeat(MIB / 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void completesInLinearTime(String name, String text) {
        ENGINE.detect(text.substring(0, MIB / 8));
        String quarter = text.substring(0, MIB / 4);
        long fullNanos = assertTimeoutPreemptively(GUARD, () -> nanos(text));
        long quarterNanos = bestOf(3, quarter);
        fullNanos = Math.min(fullNanos, bestOf(2, text));
        assertThat((double) fullNanos)
                .as("%s: 1 MiB took %d ms, 256 KiB took %d ms (best runs)", name, fullNanos / 1_000_000, quarterNanos / 1_000_000)
                .isLessThanOrEqualTo(MAX_GROWTH * quarterNanos + SLACK_NANOS);
    }

    /** The fastest of a few runs: a GC pause or a JIT recompilation lands in one run, not in all of them. */
    private static long bestOf(int runs, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, nanos(text));
        }
        return best;
    }

    /**
     * The CPU time of one scan on this thread (wall time where the JVM cannot measure CPU time): a
     * busy machine that deschedules the thread stretches wall time, not the work done, so it must not
     * make a linear scan look quadratic.
     */
    private static long nanos(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long started = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        ENGINE.detect(text);
        return (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - started;
    }

    @Test
    @DisplayName("a real finding after 1 MiB of noise is still found at the right code point offset")
    void findsAfterNoise() {
        String prefix = "x ".repeat(MIB / 2);
        var findings = ENGINE.detect(prefix + "ann@example.org");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.start()).isEqualTo(prefix.length()));
    }

    private static String noise(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) (' ' + random.nextInt(95)));
        }
        return out.toString();
    }
}
