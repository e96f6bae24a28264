package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.in.EraseSubjectUseCase.EraseCommand;
import ai.datafog.application.port.in.EraseSubjectUseCase.ErasureOutcome;
import ai.datafog.application.retention.ErasureService;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.LegalHold;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Subject erasure over the real SQL adapters; the stored evidence holds no text beyond the ids given. */
abstract class AbstractErasureScenarioTest extends RetentionFixture {

    private static final String CANARY_REASON = "canary-reason-Jane-Doe-555-12-3456";

    AbstractErasureScenarioTest(MigratedDatabase database) {
        super(database);
    }

    private ErasureService erasures() {
        return new ErasureService(new JdbcLegalHoldStore(database), new JdbcPurgeRecordStore(database),
                new JdbcReceiptPurgeTarget(database), new JdbcRetentionRulesGate(database), 3, clock);
    }

    private ErasureOutcome erase(String actor, String session) {
        return erasures().erase(new EraseCommand(new ErasureScope("acme", Optional.ofNullable(actor),
                Optional.ofNullable(session)), CANARY_REASON, "http request_id=req-7"));
    }

    @Test
    @DisplayName("an erasure deletes the subject's receipts now, fresh ones included, and records it")
    void erasesNow() {
        for (int i = 0; i < 7; i++) {
            SeededReceipts.insert(database, "acme", "subject-42", "session-" + i, clock.instant());
        }
        UUID other = SeededReceipts.insert(database, "acme", "someone-else", "session-1", clock.instant());

        ErasureOutcome outcome = erase("subject-42", null);

        PurgeRecord record = ((ErasureOutcome.Erased) outcome).record();
        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(7);
        assertThat(SeededReceipts.ids(database)).containsExactly(other);
        assertThat(new JdbcPurgeRecordStore(database).find(record.id())).contains(record);
    }

    @Test
    @DisplayName("a covering hold refuses the erasure: nothing deleted, no record written")
    void heldIsRefused() {
        UUID receipt = SeededReceipts.insert(database, "acme", "subject-42", "s1", clock.instant());
        LegalHold hold = LegalHold.place("acme", Optional.of("subject-42"), "subpoena", clock.instant());
        new JdbcLegalHoldStore(database).add(hold);

        assertThat(erase(null, "s1")).isEqualTo(new ErasureOutcome.Held(List.of(hold.id())));
        assertThat(SeededReceipts.ids(database)).containsExactly(receipt);
        assertThat(new JdbcPurgeRecordStore(database).list(PurgeRecordQuery.newest(10), Optional.empty(), 10)).isEmpty();
    }

    @Test
    @DisplayName("the stored purge record contains the subject ids given and no other text from the request")
    void evidenceHasNoPersonalDataBeyondIds() throws SQLException {
        SeededReceipts.insert(database, "acme", "subject-42", "session-9", clock.instant());

        erase("subject-42", "session-9");

        List<String> stored = allText("SELECT * FROM purge_records");
        stored.addAll(allText("SELECT * FROM purge_record_tenants"));
        assertThat(String.join("|", stored)).doesNotContain("canary").doesNotContain("Jane").doesNotContain("3456");
        assertThat(stored).contains("acme", "subject-42", "session-9");
    }

    private List<String> allText(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    if (value != null) {
                        values.add(value.toString());
                    }
                }
            }
        }
        return values;
    }
}
