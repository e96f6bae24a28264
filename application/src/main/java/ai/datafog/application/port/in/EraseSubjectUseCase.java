package ai.datafog.application.port.in;

import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.PurgeRecord;

import java.util.List;
import java.util.Objects;

/** Deletes all receipts of a subject now, unless a legal hold covers them (SPEC §9). */
public interface EraseSubjectUseCase {

    ErasureOutcome erase(EraseCommand command);

    /**
     * Who to erase, why, and who asked. The reason is required from the caller but never stored:
     * a purge record keeps no text beyond the subject ids.
     */
    record EraseCommand(ErasureScope scope, String reason, String trigger) {

        public EraseCommand {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
            Objects.requireNonNull(trigger, "trigger");
        }
    }

    /** Erased (the record says how it ended), or refused because holds cover the subject. */
    sealed interface ErasureOutcome {

        record Erased(PurgeRecord record) implements ErasureOutcome {
        }

        record Held(List<HoldId> holds) implements ErasureOutcome {

            public Held {
                holds = List.copyOf(holds);
            }
        }
    }
}
