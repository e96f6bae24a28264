package ai.datafog.domain.detection;

import ai.datafog.domain.detection.scan.ScanText;

import java.util.List;
import java.util.Set;

/**
 * Finds candidate entities in a text. Implementations are stateless, thread-safe and run in time
 * linear in the text length. The engine hands every detector the same {@link ScanText}, so detectors
 * that start at digits visit its digit runs instead of re-reading the text. Offsets of the candidates
 * are UTF-16 {@code char} indices; the engine converts them to code points, resolves overlaps and
 * applies filters.
 */
public interface Detector {

    /** The entity types this detector can report. */
    Set<EntityType> types();

    /** Every candidate in the text; overlapping candidates are allowed. */
    List<Candidate> detect(ScanText text);

    /** Every candidate in {@code text}, for callers that run one detector alone. */
    default List<Candidate> detect(String text) {
        return detect(ScanText.of(text));
    }
}
