package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Retention configuration: purge record retention, lease duration, and a valid default retention")
class RetentionConfigTest {

    @TempDir
    Path dir;

    private DatafogConfig load(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(variables);
        env.put("DATAFOG_RECEIPT_PATH", dir.resolve("data").toString());
        return DatafogConfig.load(env::get);
    }

    @Test
    @DisplayName("purge records are kept 7 years (2557 days) and the purge lease lasts 2 minutes by default")
    void defaults() {
        DatafogConfig config = load(Map.of());
        assertThat(config.purgeRecordRetention()).isEqualTo(Duration.ofDays(2557));
        assertThat(config.purgeLeaseDuration()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    @DisplayName("both accept ISO-8601 and short forms")
    void parsed() {
        DatafogConfig config = load(Map.of("DATAFOG_PURGE_RECORD_RETENTION", "P3650D", "DATAFOG_PURGE_LEASE_DURATION", "30s"));
        assertThat(config.purgeRecordRetention()).isEqualTo(Duration.ofDays(3650));
        assertThat(config.purgeLeaseDuration()).isEqualTo(Duration.ofSeconds(30));
    }

    @ParameterizedTest(name = "DATAFOG_RECEIPT_RETENTION={0} is {1} days")
    @CsvSource({"P2W, 14", "p30d, 30", "90d, 90", "PT48H, 2", "P1DT24H, 2"})
    @DisplayName("the default retention accepts what a retention policy accepts, weeks included, and the short forms")
    void defaultRetentionForms(String value, long days) {
        assertThat(load(Map.of("DATAFOG_RECEIPT_RETENTION", value)).retention()).isEqualTo(Duration.ofDays(days));
    }

    @ParameterizedTest(name = "{0}={1} stops start-up")
    @CsvSource({
            "DATAFOG_PURGE_RECORD_RETENTION, 0s",
            "DATAFOG_PURGE_RECORD_RETENTION, P1Y",
            "DATAFOG_PURGE_LEASE_DURATION, soon",
            "DATAFOG_RECEIPT_RETENTION, 500ms",
            "DATAFOG_RECEIPT_RETENTION, P99999D",
            "DATAFOG_RECEIPT_RETENTION, P1M",
            "DATAFOG_RECEIPT_RETENTION, P0W",
            "DATAFOG_RECEIPT_RETENTION, forever"})
    void refused(String variable, String value) {
        assertThatThrownBy(() -> load(Map.of(variable, value)))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).variable()).isEqualTo(variable));
    }
}
