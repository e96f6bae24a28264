package ai.datafog.application.port.in;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Finds the sensitive entities in a text (SPEC §5). */
public interface ScanTextUseCase {

    ScanResult scan(ScanCommand command);

    /** What to scan: the text, the types to report (empty = all) and the lowest confidence kept. */
    record ScanCommand(String text, Set<EntityType> entityTypes, double minConfidence) {

        public ScanCommand {
            Objects.requireNonNull(text, "text");
            entityTypes = Set.copyOf(entityTypes);
            if (Double.isNaN(minConfidence) || minConfidence < 0.0 || minConfidence > 1.0) {
                throw new IllegalArgumentException("minConfidence must be in [0, 1]");
            }
        }

        public static ScanCommand everything(String text) {
            return new ScanCommand(text, Set.of(), 0.0);
        }
    }

    /** Non-overlapping findings ordered by start, then type; offsets in code points. */
    record ScanResult(List<Finding> findings) {

        public ScanResult {
            findings = List.copyOf(findings);
        }
    }
}
