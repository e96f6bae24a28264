package ai.datafog.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Subject erasure end to end on H2")
class ErasureScenarioH2Test extends AbstractErasureScenarioTest {

    ErasureScenarioH2Test() {
        super(MigratedDatabase.h2());
    }
}
