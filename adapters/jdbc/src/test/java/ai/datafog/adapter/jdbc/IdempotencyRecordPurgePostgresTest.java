package ai.datafog.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Expired idempotency records are purged, on PostgreSQL")
class IdempotencyRecordPurgePostgresTest extends AbstractIdempotencyRecordPurgeTest {

    @Override
    protected HikariDataSource openDatabase() {
        return TestDatabases.postgres();
    }
}
