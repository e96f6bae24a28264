package ai.datafog.application.port.in;

import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Decision;
import ai.datafog.domain.transform.SuppliedFinding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Decides whether an action may go ahead and records the decision as a receipt (SPEC §4.2, §8).
 * The returned future completes only once the receipt is durable; it fails with
 * {@link ai.datafog.application.port.out.StoreUnavailableException} when it could not be made so.
 */
public interface DecideActionUseCase {

    CompletableFuture<DecideOutcome> decide(DecideCommand command);

    /** Who asks: the ids a receipt is filed and found under. Each is {@code null} when not given. */
    record Subject(String requestId, String traceId, String tenantId, String actorId, String sessionId) {
    }

    /** The action, the text involved (optional) and findings the caller already has (optional). */
    record DecideCommand(Action action, Optional<String> text, List<SuppliedFinding> findings, Subject subject) {

        public DecideCommand {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(text, "text");
            findings = List.copyOf(findings);
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** A decision with its durable receipt, or a refusal of the supplied findings. */
    sealed interface DecideOutcome {

        /** The policy's decision on the findings used, recorded under {@code receiptId}. */
        record Decided(Decision decision, List<Finding> findings, UUID receiptId) implements DecideOutcome {

            public Decided {
                Objects.requireNonNull(decision, "decision");
                findings = List.copyOf(findings);
                Objects.requireNonNull(receiptId, "receiptId");
            }
        }

        /** The supplied findings do not fit the text; every problem is listed, no value is quoted. */
        record Rejected(List<String> problems) implements DecideOutcome {

            public Rejected {
                problems = List.copyOf(problems);
            }
        }
    }
}
