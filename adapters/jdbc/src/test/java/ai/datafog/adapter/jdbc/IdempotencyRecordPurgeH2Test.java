package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Expired idempotency records are purged, on H2")
class IdempotencyRecordPurgeH2Test extends AbstractIdempotencyRecordPurgeTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.h2();
    }
}
