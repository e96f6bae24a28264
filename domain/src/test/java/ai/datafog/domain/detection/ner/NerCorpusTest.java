package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Precision and recall of the named-entity detector alone on the labelled corpus, by exact span match. */
class NerCorpusTest {

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private static final double MIN_PRECISION = 0.80;
    private static final double MIN_RECALL = 0.70;

    private final NamedEntityDetector detector = new NamedEntityDetector();

    @Test
    @DisplayName("the corpus parser turns inline markup into plain text with gold char offsets")
    void parsesInlineMarkup() {
        LabelledLine line = LabelledLine.parse("[[person:Ana Ruiz]] is in [[location:Lyon]].");

        assertThat(line.text()).isEqualTo("Ana Ruiz is in Lyon.");
        assertThat(line.spans()).containsExactly(
                new LabelledLine.GoldSpan(EntityType.PERSON, 0, 8),
                new LabelledLine.GoldSpan(EntityType.LOCATION, 15, 19));
    }

    @Test
    @DisplayName("per type, the detector reaches precision 0.80 and recall 0.70 on the labelled corpus")
    void meetsPrecisionAndRecallPerType() throws IOException {
        List<LabelledLine> corpus = load();
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        TYPES.forEach(type -> counts.put(type, new int[3]));
        int negatives = 0;
        for (LabelledLine line : corpus) {
            negatives += line.spans().isEmpty() ? 1 : 0;
            Set<LabelledLine.GoldSpan> gold = new HashSet<>(line.spans());
            gold.removeIf(span -> !TYPES.contains(span.type()));
            for (Candidate found : detector.detect(line.text())) {
                var span = new LabelledLine.GoldSpan(found.type(), found.start(), found.end());
                counts.get(found.type())[gold.remove(span) ? 0 : 1]++;
            }
            gold.forEach(missed -> counts.get(missed.type())[2]++);
        }

        assertThat(negatives).as("negative lines").isGreaterThanOrEqualTo(60);
        assertThat(counts.values().stream().mapToInt(c -> c[0] + c[2]).sum()).as("labelled spans").isGreaterThanOrEqualTo(150);
        System.out.println(table(counts));
        for (EntityType type : TYPES) {
            int[] c = counts.get(type);
            assertThat(ratio(c[0], c[0] + c[1])).as("precision of %s", type).isGreaterThanOrEqualTo(MIN_PRECISION);
            assertThat(ratio(c[0], c[0] + c[2])).as("recall of %s", type).isGreaterThanOrEqualTo(MIN_RECALL);
        }
    }

    private static String table(Map<EntityType, int[]> counts) {
        StringBuilder out = new StringBuilder("\nNER corpus (detector alone, exact span match)\n");
        out.append(String.format("%-14s %5s %5s %5s %9s %7s%n", "type", "tp", "fp", "fn", "precision", "recall"));
        counts.forEach((type, c) -> out.append(String.format("%-14s %5d %5d %5d %9.3f %7.3f%n",
                type.wireName(), c[0], c[1], c[2], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]))));
        return out.toString();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }

    private static List<LabelledLine> load() throws IOException {
        try (InputStream in = NerCorpusTest.class.getResourceAsStream("/corpus/ner.txt")) {
            assertThat(in).as("corpus/ner.txt on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(LabelledLine::parse)
                    .toList();
        }
    }
}
