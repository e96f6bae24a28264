package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("A purge never blocks receipt inserts, on H2")
class PurgeNeverBlocksInsertsH2Test extends AbstractPurgeNeverBlocksInsertsTest {

    PurgeNeverBlocksInsertsH2Test() {
        super(MigratedDatabase.h2());
    }
}
