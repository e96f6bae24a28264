package ai.datafog.domain.retention;

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
     * The page for {@code limit} out of up to {@code limit + 1} matching records in order: the extra
     * one only tells that another page exists, so the cursor is the last record shown.
     */
    public static PurgeRecordPage of(List<PurgeRecord> fetched, int limit) {
        if (fetched.size() <= limit) {
            return new PurgeRecordPage(fetched, Optional.empty());
        }
        List<PurgeRecord> shown = fetched.subList(0, limit);
        return new PurgeRecordPage(shown, Optional.of(shown.get(limit - 1).id()));
    }
}
