package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.Candidate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Linear-time behaviour on adversarial megabyte inputs; the guard is generous, the real figure is printed. */
class NamedEntityDetectorHostileInputTest {

    private static final int MIB = 1 << 20;

    private final NamedEntityDetector detector = new NamedEntityDetector();

    static Stream<Arguments> hostileInputs() {
        return Stream.of(
                Arguments.of("capitalised word repeated", repeat("Aaaa ")),
                Arguments.of("one capitalised word", "A" + "a".repeat(MIB - 1)),
                Arguments.of("title-case name run", repeat("Maria ")),
                Arguments.of("titles without end", repeat("Dr. ")),
                Arguments.of("organisation suffixes", repeat("Acme Corp ")),
                Arguments.of("of-chains", repeat("University of ")),
                Arguments.of("initials", repeat("A. ")),
                Arguments.of("hyphen chains", "Jean" + "-Pierre".repeat(MIB / 7)),
                Arguments.of("apostrophe chains", "O" + "'Brien".repeat(MIB / 6)),
                Arguments.of("ampersands", repeat("Acme & ")),
                Arguments.of("emoji", repeat("😀")),
                Arguments.of("random printable noise", noise()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    @DisplayName("one mebibyte of adversarial text completes well within two seconds")
    void completesQuickly(String name, String text) {
        List<Candidate> found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> detector.detect(text));

        assertThat(found).allSatisfy(c -> assertThat(c.end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    @DisplayName("entity-free English prose yields nothing (and its throughput is printed)")
    void proseThroughput() {
        String prose = prose();
        long fastest = Long.MAX_VALUE;
        for (int round = 0; round < 60; round++) {
            long started = System.nanoTime();
            assertThat(detector.detect(prose)).isEmpty();
            fastest = Math.min(fastest, System.nanoTime() - started);
        }
        System.out.printf("NER detector alone: %.1f MB/s (fastest of 60 rounds) on %d KiB of entity-free prose%n",
                prose.length() / 1e6 / (fastest / 1e9), prose.length() / 1024);
    }

    private static String repeat(String unit) {
        return unit.repeat(MIB / unit.length());
    }

    private static String noise() {
        Random random = new Random(42);
        StringBuilder out = new StringBuilder(MIB);
        for (int i = 0; i < MIB; i++) {
            out.append((char) (' ' + random.nextInt(95)));
        }
        return out.toString();
    }

    /** Plain prose with sentence-initial capitals and no names, repeated to about one mebibyte. */
    static String prose() {
        String paragraph = """
                The committee met on Monday to review the quarterly figures. After a long discussion, \
                the members agreed that the budget for the next year should stay roughly the same. \
                However, several people pointed out that travel costs had risen sharply in March. \
                It was decided that the team would write a short report before the end of the month. \
                Nobody expected the new process to be perfect, but most of the staff found it easier \
                to follow than the old one. In the afternoon, the group looked at customer feedback \
                and noted that delivery times were the most common complaint. A small working party \
                will propose changes to the warehouse layout. The Chair thanked everyone for their \
                patience and closed the meeting shortly before five o'clock.
                """;
        return paragraph.repeat(MIB / paragraph.length() + 1).substring(0, MIB);
    }
}
