package ai.datafog.domain.detection;

import java.util.List;
import java.util.Set;

/**
 * Finds candidate entities in a text. Implementations are stateless, thread-safe and run in time
 * linear in the text length. Offsets of the candidates are UTF-16 {@code char} indices; the
 * engine converts them to code points, resolves overlaps and applies filters.
 */
public interface Detector {

    /** The entity types this detector can report. */
    Set<EntityType> types();

    /** Every candidate in {@code text}; overlapping candidates are allowed. */
    List<Candidate> detect(String text);
}
