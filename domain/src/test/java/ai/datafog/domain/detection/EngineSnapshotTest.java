package ai.datafog.domain.detection;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what the engine finds, finding by finding, on seeded texts dense in near-misses: digit runs
 * with every separator, month and weekday words, cue words, look-alikes glued to words. Speed work
 * must leave this file unchanged; a deliberate rule change rewrites it with
 * {@code -Ddatafog.snapshot.write=<path>} and shows up in review as a diff of spans.
 */
@DisplayName("The engine's findings on seeded near-miss texts match the recorded snapshot")
class EngineSnapshotTest {

    private static final String SNAPSHOT = "/detection/engine-snapshot.txt";
    private static final String[] PIECES = {
        " ", " ", " ", " ", ", ", ". ", "\n", "-", ".", "/", ":", "(", ")", "+", "#", "=", "_", "..",
        "0", "1", "12", "15", "31", "02", "123", "555", "1234", "0132", "1985", "2024", "12345", "123456",
        "Jan", "January ", "Mar. ", "Sept. ", "march", "MAY", "May ", "julY", "Decembers", "Xmarch", "Tuesday, ",
        "Tue ", "5th of ", "12:30", "2024-03-15", "03/15/1985", "15-Mar-1985",
        "dob", "DOB: ", "born ", "ssn ", "SSN# ", "phone ", "tel: ", "call ", "zip ", "card ", "iban ", "ip ",
        "mac ", "version ", "v", "key ", "token=", "Bearer ",
        "+1 ", "+44 ", "+1 (", "(415) 555-0132", "415.555.0132", "1-", "020 7946 0958", "01 23 45 67 89",
        "ext. 12", "x204", "4111 1111 1111 1111", "4111-1111-1111-1111", "078-05-1120", "123 45 6789",
        "IL ", "Texas ", "TX ", "62704-1234", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "DE89",
        "1.2.3.4", "192.168.", "10.0.0.", "::1", "fe80::", "ab:cd:ef:01:23:45", "00:1A:", "0123.4567.89ab",
        "AKIAIOSFODNN7EXAMPLE", "ann@example.org", "https://x.io/a?id=7", "www.example.com",
        "John", "Smith", "Mary", "Dr. ", "Acme Corp", "Inc.", "Paris", "New York", "the", "and", "of", "a",
        "é", "ü", "\u65e5\u672c", "\uD83D\uDE00", "\u00A0",
    };

    @Test
    @DisplayName("every finding (type, code point span, confidence) is as recorded")
    void findingsMatchTheRecordedSnapshot() throws IOException {
        List<String> actual = findings();
        String written = System.getProperty("datafog.snapshot.write");
        if (written != null) {
            Files.write(Path.of(written), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).hasSizeGreaterThan(500).containsExactlyElementsOf(recorded());
    }

    private static List<String> findings() {
        DetectionEngine engine = DetectionEngine.of(DetectorRegistry.standard(true));
        Random random = new Random(20_261_129);
        List<String> lines = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 500; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            for (Finding f : engine.detect(text.toString())) {
                lines.add(String.format(Locale.ROOT, "%d %s %d %d %.4f", t, f.type().wireName(), f.start(), f.end(),
                        f.confidence().value()));
            }
        }
        return lines;
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = EngineSnapshotTest.class.getResourceAsStream(SNAPSHOT)) {
            assertThat(in).as("snapshot resource %s", SNAPSHOT).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
