package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.DatabaseScan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends canary PII through /v1/decide (in the text and in the action's resource, command and args)
 * and then reads every text column of every table, and the log output, for the canaries.
 * Runs on H2 here and on PostgreSQL in {@link NoValuesAtRestPostgresTest}.
 */
@DisplayName("No raw value reaches the database or the logs")
@ExtendWith(OutputCaptureExtension.class)
class NoValuesAtRestTest extends ApiTestSupport {

    static final String EMAIL = "zz.canary.person@example.org";
    static final String SSN = "512-46-7791";
    static final String CARD = "4111 1111 1111 1111";
    static final String KEY = "AKIAZZCANARY7EXAMPLE";
    static final List<String> CANARIES = List.of(EMAIL, SSN, CARD, KEY, "zz.canary.person", "46-7791", "ZZCANARY7");

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("after decisions on canary PII, no table column and no log line contains a canary")
    void canariesAreNowhereAtRest(CapturedOutput output) throws Exception {
        String text = "Contact " + EMAIL + ", SSN " + SSN + ", card " + CARD + ", key " + KEY;
        for (String type : List.of("file.write", "shell.exec", "http.request")) {
            client.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("""
                            {"action":{"type":"%s","resource":"/home/%s/x","command":"curl -u %s %s",
                                       "args":["--ssn=%s","%s"]},
                             "text":"%s","tenant_id":"canary-tenant","idempotency_key":"canary-%s"}"""
                            .formatted(type, EMAIL, KEY, EMAIL, SSN, CARD, text, type))
                    .exchange()
                    .expectStatus().isOk();
        }
        client.post().uri("/v1/scan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"" + text + "\",\"idempotency_key\":\"canary-scan\"}")
                .exchange().expectStatus().isOk();

        assertThat(DatabaseScan.tableCount(dataSource)).isGreaterThan(0);
        assertThat(DatabaseScan.columnsContaining(dataSource, "canary-tenant"))
                .as("positive control: the scan does see what the decisions stored").isNotEmpty();
        for (String canary : CANARIES) {
            assertThat(DatabaseScan.columnsContaining(dataSource, canary)).as("columns holding " + canary).isEmpty();
            assertThat(output.getAll()).as("log output").doesNotContain(canary);
        }
    }
}
