package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.JdbcPurgeRecordStore;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "DATAFOG_PURGE_CRON=*/1 * * * * *")
@DisplayName("The purge runs on DATAFOG_PURGE_CRON and records itself as scheduled")
class ScheduledPurgeTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("with a every-second cron, a scheduled purge record appears within a few seconds")
    void runsOnSchedule() throws InterruptedException {
        JdbcPurgeRecordStore records = new JdbcPurgeRecordStore(dataSource);
        List<PurgeRecord> scheduled = List.of();
        for (int i = 0; i < 50 && scheduled.isEmpty(); i++) {
            Thread.sleep(200);
            scheduled = records.list(PurgeRecordQuery.newest(10), Optional.empty(), 10).stream()
                    .filter(r -> r.kind() == PurgeKind.SCHEDULED && r.status() == PurgeStatus.SUCCEEDED).toList();
        }
        assertThat(scheduled).isNotEmpty();
        assertThat(scheduled.get(0).trigger()).isEqualTo("cron */1 * * * * *");
    }
}
