package ai.datafog.domain.detection;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the full engine on the labelled corpus in {@code src/test/resources/corpus/*.txt}: one sample
 * per line, {@code #} lines ignored, entities marked {@code [[type:value]]}. Exact span matches count.
 * Only types that are labelled and have a registered detector are judged.
 */
@DisplayName("The engine meets its precision/recall bar on the labelled corpus")
class CorpusEvaluationTest {

    private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private static final double STRUCTURED_PRECISION = 0.97;
    private static final double STRUCTURED_RECALL = 0.97;
    private static final double NAMED_PRECISION = 0.80;
    private static final double NAMED_RECALL = 0.70;

    record Span(EntityType type, int start, int end) {
    }

    record Sample(String text, Set<Span> labels) {

        static Sample parse(String line) {
            StringBuilder text = new StringBuilder();
            Set<Span> labels = new HashSet<>();
            int i = 0;
            while (i < line.length()) {
                int open = line.indexOf("[[", i);
                if (open < 0) {
                    text.append(line, i, line.length());
                    break;
                }
                int colon = line.indexOf(':', open);
                int close = line.indexOf("]]", colon);
                text.append(line, i, open);
                EntityType type = EntityType.fromWireName(line.substring(open + 2, colon))
                        .orElseThrow(() -> new IllegalArgumentException("unknown type in corpus line: " + line));
                int start = text.codePointCount(0, text.length());
                text.append(line, colon + 1, close);
                labels.add(new Span(type, start, text.codePointCount(0, text.length())));
                i = close + 2;
            }
            return new Sample(text.toString(), labels);
        }
    }

    record Score(int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            int labelled = truePositives + falseNegatives;
            return labelled == 0 ? 1.0 : (double) truePositives / labelled;
        }
    }

    @Test
    void meetsThresholds() throws IOException, URISyntaxException {
        Map<String, List<Sample>> files = corpus();
        DetectionEngine engine = DetectionEngine.of(DetectorRegistry.standard(true));
        List<Sample> samples = files.values().stream().flatMap(List::stream).toList();
        assertThat(samples).hasSizeGreaterThan(400);

        files.forEach((name, fileSamples) -> System.out.println("\n" + name + table(score(engine, fileSamples, new ArrayList<>()))));
        List<String> misses = new ArrayList<>();
        Map<EntityType, Score> scores = score(engine, samples, misses);
        System.out.println("\nall files" + table(scores));
        misses.stream().limit(200).forEach(System.out::println);

        assertThat(scores).isNotEmpty();
        scores.forEach((type, score) -> {
            boolean named = NAMED.contains(type);
            assertThat(score.precision()).as("precision of " + type)
                    .isGreaterThanOrEqualTo(named ? NAMED_PRECISION : STRUCTURED_PRECISION);
            assertThat(score.recall()).as("recall of " + type)
                    .isGreaterThanOrEqualTo(named ? NAMED_RECALL : STRUCTURED_RECALL);
        });
    }

    /** Per-type exact-span scores over {@code samples}, for types that are labelled and detectable. */
    private static Map<EntityType, Score> score(DetectionEngine engine, List<Sample> samples, List<String> misses) {
        Set<EntityType> labelled = new HashSet<>();
        samples.forEach(s -> s.labels().forEach(l -> labelled.add(l.type())));
        labelled.retainAll(engine.supportedTypes());

        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        labelled.forEach(t -> counts.put(t, new int[3]));
        for (Sample sample : samples) {
            Set<Span> found = new HashSet<>();
            for (Finding f : engine.detect(sample.text())) {
                found.add(new Span(f.type(), f.start(), f.end()));
            }
            for (Span span : found) {
                if (counts.containsKey(span.type())) {
                    boolean hit = sample.labels().contains(span);
                    counts.get(span.type())[hit ? 0 : 1]++;
                    if (!hit) {
                        misses.add("FP " + span.type() + " in: " + sample.text());
                    }
                }
            }
            for (Span label : sample.labels()) {
                if (counts.containsKey(label.type()) && !found.contains(label)) {
                    counts.get(label.type())[2]++;
                    misses.add("FN " + label.type() + " in: " + sample.text());
                }
            }
        }
        Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
        counts.forEach((type, c) -> scores.put(type, new Score(c[0], c[1], c[2])));
        return scores;
    }

    private static String table(Map<EntityType, Score> scores) {
        StringBuilder table = new StringBuilder("\n| entity_type | labelled | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|---|\n");
        scores.forEach((type, s) -> table.append(String.format("| %s | %d | %d | %d | %d | %.3f | %.3f |%n", type,
                s.truePositives() + s.falseNegatives(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.precision(), s.recall())));
        return table.toString();
    }

    /** Samples per corpus file, in file-name order. */
    private static Map<String, List<Sample>> corpus() throws IOException, URISyntaxException {
        URL folder = CorpusEvaluationTest.class.getResource("/corpus");
        assertThat(folder).as("corpus folder on the test classpath").isNotNull();
        Map<String, List<Sample>> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<Sample> samples = new ArrayList<>();
                try (InputStream in = Files.newInputStream(file)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                            samples.add(Sample.parse(line.stripTrailing()));
                        }
                    }
                }
                files.put(file.getFileName().toString(), samples);
            }
        }
        return files;
    }
}
