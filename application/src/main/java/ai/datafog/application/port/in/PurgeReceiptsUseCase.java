package ai.datafog.application.port.in;

import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;

import java.util.Objects;

/** Deletes expired receipts, idempotency records and purge records, leaving a purge record (SPEC §9). */
public interface PurgeReceiptsUseCase {

    PurgeOutcome purge(PurgeCommand command);

    /** A scheduled or manual purge; {@code trigger} says who or what started it (no personal data). */
    record PurgeCommand(PurgeKind kind, boolean dryRun, String trigger) {

        public PurgeCommand {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(trigger, "trigger");
            if (kind == PurgeKind.ERASURE) {
                throw new IllegalArgumentException("erasures go through EraseSubjectUseCase");
            }
        }
    }

    /** Either the purge ran (its record says how it ended) or another runner holds the lease. */
    sealed interface PurgeOutcome {

        record Ran(PurgeRecord record) implements PurgeOutcome {
        }

        record AlreadyRunning() implements PurgeOutcome {
        }
    }
}
