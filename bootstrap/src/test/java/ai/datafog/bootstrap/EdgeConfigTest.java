package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

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
        StandardEnvironment environment = new StandardEnvironment();
        DatafogApplication.pin(environment, load(Map.of("DATAFOG_SHUTDOWN_TIMEOUT", "25s")));
        assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("25000ms");
    }

    @Test
    @DisplayName("DATAFOG_ADDR decides where the service listens: SERVER_ADDRESS/SERVER_PORT, system properties and arguments cannot override it")
    void listenAddressIsPinned() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("environment",
                Map.of("SERVER_ADDRESS", "0.0.0.0", "SERVER_PORT", "9999", "SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE", "1ms",
                        "MANAGEMENT_SERVER_PORT", "9090", "SERVER_SHUTDOWN", "immediate")));
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--server.address=10.0.0.1", "--server.port=7777"));
        assertThat(environment.getProperty("server.address")).as("the override works without the pin").isEqualTo("10.0.0.1");

        DatafogApplication.pin(environment, load(Map.of("DATAFOG_ADDR", "127.0.0.1:18080")));

        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("server.port")).isEqualTo("18080");
        assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isNotEqualTo("1ms");
        assertThat(environment.getProperty("management.server.port")).as("the actuator shares the listener").isEqualTo("18080");
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
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
