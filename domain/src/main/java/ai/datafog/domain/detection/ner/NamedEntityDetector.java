package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.ScanText;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Heuristic detector of people, organisations and places: titles, given-name, city, country and
 * state gazetteers, organisation suffixes, capitalisation and context. Linear in the text length:
 * one tokenising pass, hash look-ups, and a bounded look-ahead at capitalised words.
 */
public final class NamedEntityDetector implements Detector {

    private static final Set<EntityType> TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    public NamedEntityDetector() {
        // gazetteers load lazily, once per JVM, on the first detect call
    }

    @Override
    public Set<EntityType> types() {
        return TYPES;
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        String text = Objects.requireNonNull(scan, "text").text();
        if (text.isEmpty()) {
            return List.of();
        }
        return new EntityScanner(Gazetteers.get()).scan(Tokenizer.tokenize(text));
    }
}
