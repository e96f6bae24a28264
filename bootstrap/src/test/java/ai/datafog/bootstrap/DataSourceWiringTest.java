package ai.datafog.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataSourceWiringTest {

    @Test
    void postgresConnectionsSendBatchedReceiptsAsMultiRowInserts() {
        try (HikariDataSource dataSource = new ServiceWiring().dataSource(config(
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"))) {
            assertThat(dataSource.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        }
    }

    @Test
    void h2ConnectionsGetNoPostgresOnlyProperty() {
        try (HikariDataSource dataSource = new ServiceWiring().dataSource(config("jdbc:h2:mem:wiring"))) {
            assertThat(dataSource.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
        }
    }

    private static DatafogConfig config(String url) {
        Map<String, String> env = Map.of("DATAFOG_DB_URL", url, "DATAFOG_RECEIPT_HASH_KEY", "wiring-test-key",
                "DATAFOG_RECEIPT_PATH", Path.of("target", "wiring-test").toString());
        return DatafogConfig.load(env::get);
    }
}
