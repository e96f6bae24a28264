package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Group commit is configured by DATAFOG_RECEIPT_BATCH_SIZE and DATAFOG_RECEIPT_BATCH_LINGER")
class ReceiptConfigTest {

    @TempDir
    Path data;

    private DatafogConfig load(Map<String, String> values) {
        Map<String, String> env = new java.util.HashMap<>(values);
        env.put("DATAFOG_RECEIPT_PATH", data.toString());
        return DatafogConfig.load(env::get);
    }

    @Test
    @DisplayName("the defaults are 256 receipts per transaction and a 2 ms linger")
    void defaults() {
        DatafogConfig config = load(Map.of());

        assertThat(config.receiptBatchSize()).isEqualTo(256);
        assertThat(config.receiptBatchLinger()).isEqualTo(Duration.ofMillis(2));
    }

    @Test
    @DisplayName("both are read from the environment, the linger in the short or ISO form")
    void readsValues() {
        DatafogConfig config = load(Map.of("DATAFOG_RECEIPT_BATCH_SIZE", "64", "DATAFOG_RECEIPT_BATCH_LINGER", "PT0.005S"));

        assertThat(config.receiptBatchSize()).isEqualTo(64);
        assertThat(config.receiptBatchLinger()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    @DisplayName("a bad size or linger stops start-up with a message naming the variable")
    void refusesBadValues() {
        assertThatThrownBy(() -> load(Map.of("DATAFOG_RECEIPT_BATCH_SIZE", "0")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DATAFOG_RECEIPT_BATCH_SIZE");
        assertThatThrownBy(() -> load(Map.of("DATAFOG_RECEIPT_BATCH_SIZE", "lots")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DATAFOG_RECEIPT_BATCH_SIZE");
        assertThatThrownBy(() -> load(Map.of("DATAFOG_RECEIPT_BATCH_LINGER", "soon")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DATAFOG_RECEIPT_BATCH_LINGER");
    }
}
