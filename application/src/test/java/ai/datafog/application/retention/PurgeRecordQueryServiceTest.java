package ai.datafog.application.retention;

import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordPage;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Reading purge evidence page by page")
class PurgeRecordQueryServiceTest {

    private static final Instant T = Instant.parse("2026-06-30T03:17:00Z");

    private final InMemoryPurgeRecordStore store = new InMemoryPurgeRecordStore();
    private final PurgeRecordQueryService service = new PurgeRecordQueryService(store);

    private PurgeRecord saved(PurgeKind kind, int minutes) {
        PurgeRecord record = PurgeRecord.startPurge(kind, false, "cron", T.plusSeconds(60L * minutes))
                .finish(PurgeStatus.SUCCEEDED, T.plusSeconds(60L * minutes + 1), Optional.empty());
        store.save(record);
        return record;
    }

    @Test
    @DisplayName("following next_cursor walks every matching record once, newest first, and the last page has no cursor")
    void walksAllPages() {
        List<PurgeRecord> scheduled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scheduled.add(0, saved(PurgeKind.SCHEDULED, i));
            saved(PurgeKind.MANUAL, i);
        }
        List<PurgeRecord> walked = new ArrayList<>();
        Optional<PurgeId> after = Optional.empty();
        int pages = 0;
        do {
            PurgeRecordPage page = service.list(new PurgeRecordQuery(Optional.of(PurgeKind.SCHEDULED), Optional.empty(),
                    after, 2)).orElseThrow();
            walked.addAll(page.records());
            after = page.next();
            pages++;
        } while (after.isPresent());

        assertThat(walked).containsExactlyElementsOf(scheduled);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    @DisplayName("a cursor naming no stored record (never handed out, or since deleted by retention) gives no page")
    void unknownCursor() {
        saved(PurgeKind.MANUAL, 0);

        assertThat(service.list(new PurgeRecordQuery(Optional.empty(), Optional.empty(),
                Optional.of(PurgeId.random()), 10))).isEmpty();
    }
}
