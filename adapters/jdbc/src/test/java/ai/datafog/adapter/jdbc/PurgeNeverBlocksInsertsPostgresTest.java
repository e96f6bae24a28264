package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("A purge never blocks receipt inserts, on PostgreSQL")
class PurgeNeverBlocksInsertsPostgresTest extends AbstractPurgeNeverBlocksInsertsTest {

    PurgeNeverBlocksInsertsPostgresTest() {
        super(MigratedDatabase.postgres());
    }
}
