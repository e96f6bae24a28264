package ai.datafog.application.port.in;

import ai.datafog.domain.transform.SuppliedFinding;

import java.util.List;
import java.util.Objects;

/** Irreversibly pseudonymizes every sensitive entity of a text ({@code POST /v1/anonymize}). */
public interface AnonymizeTextUseCase {

    TransformOutcome anonymize(AnonymizeCommand command);

    /** The text and, optionally, its findings; an empty list means "scan the text". */
    record AnonymizeCommand(String text, List<SuppliedFinding> findings) {

        public AnonymizeCommand {
            Objects.requireNonNull(text, "text");
            findings = List.copyOf(findings);
        }
    }
}
