package ai.datafog.application.port.in;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.transform.SuppliedFinding;
import ai.datafog.domain.transform.TransformMode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rewrites the sensitive entities of a text (SPEC §7, {@code POST /v1/transform}). Without supplied
 * findings the text is scanned; the mode per entity is the caller's per-type mode, else the caller's
 * mode, else the policy's default plan, else {@code redact}.
 */
public interface TransformTextUseCase {

    TransformOutcome transform(TransformCommand command);

    /** What to rewrite and how; an empty findings list means "scan the text". */
    record TransformCommand(String text, List<SuppliedFinding> findings, Optional<TransformMode> mode,
                            Map<EntityType, TransformMode> entityModes) {

        public TransformCommand {
            Objects.requireNonNull(text, "text");
            findings = List.copyOf(findings);
            Objects.requireNonNull(mode, "mode");
            entityModes = Map.copyOf(entityModes);
        }
    }
}
