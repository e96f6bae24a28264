package ai.datafog.domain.retention;

import ai.datafog.domain.PageCut;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of purge records, newest first, and, when more follow, the record to continue after. */
public record PurgeRecordPage(List<PurgeRecord> records, Optional<PurgeId> next) {

    public PurgeRecordPage {
        records = List.copyOf(records);
        Objects.requireNonNull(next, "next");
    }

    /**
     * The page for {@code limit} out of up to {@code limit + 1} matching records in order
     * ({@link PageCut}): the cursor is the last record shown.
     */
    public static PurgeRecordPage of(List<PurgeRecord> fetched, int limit) {
        PageCut<PurgeRecord> cut = PageCut.of(fetched, limit);
        return new PurgeRecordPage(cut.shown(), cut.continueAfter().map(PurgeRecord::id));
    }
}
