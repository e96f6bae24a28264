package ai.datafog.adapter.jdbc;

import ai.datafog.application.idempotency.IdempotencyService;
import ai.datafog.application.idempotency.SealedBodies;
import ai.datafog.application.port.in.IdempotencyUseCase.Attempt;
import ai.datafog.application.port.in.IdempotencyUseCase.IdempotentRequest;
import ai.datafog.domain.crypto.Digests;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Idempotency records keep no key, request or response content readable at rest")
class NoValuesAtRestTest {

    private static final String CANARY = "CANARY-7f3a-jane.doe@example.org";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    @DisplayName("a scan response holding a canary value is stored, replayed, and found in no column of any table")
    void canaryIsNowhereInTheDatabase(String kind) throws Exception {
        try (HikariDataSource dataSource = kind.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres()) {
            IdempotencyService service = new IdempotencyService(new JdbcIdempotencyStore(dataSource), Digests.unkeyed(),
                    new SealedBodies(Digests.unkeyed(), new SecureRandom()), Clock.systemUTC(),
                    Duration.ofHours(24), Duration.ofMinutes(1));
            String canonical = "{\"text\":\"write to " + CANARY + "\"}";
            byte[] body = ("{\"findings\":[{\"value\":\"" + CANARY + "\"}]}").getBytes(StandardCharsets.UTF_8);
            IdempotentRequest request = new IdempotentRequest("scan", "token:x", "key-" + CANARY, canonical);
            service.complete((Attempt.Execute) service.begin(request), 200, body);

            assertThat(service.begin(request)).isInstanceOfSatisfying(Attempt.Replay.class,
                    replay -> assertThat(replay.body()).isEqualTo(body));
            assertThat(DatabaseScan.tableCount(dataSource)).isGreaterThanOrEqualTo(3);
            assertThat(DatabaseScan.columnsContaining(dataSource, "idempotency")).as("the scan reads the endpoint column")
                    .isEmpty();
            assertThat(DatabaseScan.columnsContaining(dataSource, "scan")).as("the scan does find what is stored in clear")
                    .isNotEmpty();
            assertThat(DatabaseScan.columnsContaining(dataSource, "CANARY")).isEmpty();
            assertThat(DatabaseScan.columnsContaining(dataSource, "jane.doe")).isEmpty();
        }
    }
}
