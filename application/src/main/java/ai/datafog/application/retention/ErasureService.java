package ai.datafog.application.retention;

import ai.datafog.application.port.in.EraseSubjectUseCase;
import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.application.port.out.RetentionRulesGate;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Erases a subject's receipts now, in short batches, unless an active hold covers any of them. Each
 * batch checks the holds again behind the {@link RetentionRulesGate}: a hold placed while the erasure
 * runs stops it before the next batch ({@code interrupted}, what was erased so far on record). It does
 * not take the purge lease: deleting a subject's rows is safe beside a running purge.
 */
public final class ErasureService implements EraseSubjectUseCase {

    private static final System.Logger LOG = System.getLogger(ErasureService.class.getName());
    /** How long an erasure keeps trying while receipts it must delete stay locked (a month being counted to be dropped). */
    private static final Duration BUSY_PATIENCE = Duration.ofMinutes(10);
    private static final long MAX_BUSY_PAUSE_MILLIS = 1_000;

    private final LegalHoldStore holds;
    private final PurgeRecordStore records;
    private final ReceiptPurgeTarget receipts;
    private final RetentionRulesGate gate;
    private final int batchSize;
    private final Clock clock;

    public ErasureService(LegalHoldStore holds, PurgeRecordStore records, ReceiptPurgeTarget receipts,
                          RetentionRulesGate gate, int batchSize, Clock clock) {
        this.holds = Objects.requireNonNull(holds, "holds");
        this.records = Objects.requireNonNull(records, "records");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.gate = Objects.requireNonNull(gate, "gate");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.batchSize = batchSize;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ErasureOutcome erase(EraseCommand command) {
        List<HoldId> blocking = holdsCovering(command.scope());
        if (!blocking.isEmpty()) {
            return new ErasureOutcome.Held(blocking);
        }
        PurgeRecord record = PurgeRecord.startErasure(command.scope(), command.trigger(), Instants.now(clock));
        records.save(record);
        try {
            long total = 0;
            int deleted = batchSize;
            while (deleted == batchSize) {
                Optional<Integer> batch = gatedBatch(command.scope());
                if (batch.isEmpty()) {
                    break;
                }
                deleted = batch.get();
                total += deleted;
                record = record.withRowsDeleted(total);
            }
            record = deleted == batchSize
                    ? record.finish(PurgeStatus.INTERRUPTED, Instants.now(clock),
                            Optional.of("stopped: a legal hold placed while it ran covers the subject"))
                    : record.finish(PurgeStatus.SUCCEEDED, Instants.now(clock), Optional.empty());
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.ERROR, "erasure {0} failed: {1}", record.id(), failure.getClass().getName());
            record = record.finish(PurgeStatus.FAILED, Instants.now(clock),
                    Optional.of("failed while deleting receipts: " + failure.getClass().getSimpleName()));
        }
        records.save(record);
        return new ErasureOutcome.Erased(record);
    }

    /**
     * One batch behind the gate: empty when a hold now covers the subject, else how many receipts went.
     * While the receipts stay locked (a month being counted to be dropped) it tries again with a growing
     * pause, waiting outside the gate so that the purge step holding them can finish.
     */
    private Optional<Integer> gatedBatch(ErasureScope scope) {
        long started = System.nanoTime();
        for (int tries = 0; ; tries++) {
            try {
                return gate.whileRulesSettled(() -> holdsCovering(scope).isEmpty()
                        ? Optional.of(receipts.deleteSubjectBatch(scope, batchSize))
                        : Optional.empty());
            } catch (ReceiptPurgeTarget.Busy busy) {
                if (System.nanoTime() - started > BUSY_PATIENCE.toNanos()) {
                    throw busy;
                }
                pause(Math.min(MAX_BUSY_PAUSE_MILLIS, 50L << Math.min(tries, 5)));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for locked receipts", interrupted);
        }
    }

    private List<HoldId> holdsCovering(ErasureScope scope) {
        List<LegalHold> active = holds.active();
        List<HoldId> covering = new ArrayList<>();
        scope.holdsThatCover(active).forEach(hold -> covering.add(hold.id()));
        for (LegalHold actorHold : scope.holdsToCheckAgainstData(active)) {
            if (receipts.countSubjectReceiptsOf(scope, Set.of(actorHold.actorId().orElseThrow())) > 0) {
                covering.add(actorHold.id());
            }
        }
        return covering;
    }
}
