package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Edge configuration becomes Spring properties at start")
class EdgeConfigTest {

    @TempDir
    Path receipts;

    private DatafogConfig load(Map<String, String> values) {
        Map<String, String> env = new HashMap<>(values);
        env.put("DATAFOG_RECEIPT_PATH", receipts.toString());
        return DatafogConfig.load(env::get);
    }

    @Test
    @DisplayName("DATAFOG_SHUTDOWN_TIMEOUT sets the graceful drain per shutdown phase")
    void shutdownTimeout() {
        Map<String, Object> properties = DatafogApplication.defaultProperties(load(Map.of("DATAFOG_SHUTDOWN_TIMEOUT", "25s")));
        assertThat(properties).containsEntry("spring.lifecycle.timeout-per-shutdown-phase", "25000ms");
    }

    @Test
    @DisplayName("logs are JSON (logstash) by default and plain text with DATAFOG_LOG_FORMAT=text")
    void logFormat() {
        assertThat(DatafogApplication.defaultProperties(load(Map.of())))
                .containsEntry("logging.structured.format.console", "logstash");
        assertThat(DatafogApplication.defaultProperties(load(Map.of("DATAFOG_LOG_FORMAT", "TEXT"))))
                .doesNotContainKey("logging.structured.format.console");
    }

    @Test
    @DisplayName("an unknown DATAFOG_LOG_FORMAT stops start-up naming the variable")
    void badLogFormat() {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_LOG_FORMAT", "xml")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DATAFOG_LOG_FORMAT");
    }
}
