package ai.datafog.domain.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A retention is a positive, exact ISO-8601 duration")
class RetentionTest {

    @ParameterizedTest(name = "{0} is {1} seconds, written {2}")
    @CsvSource({
            "P30D, 2592000, P30D",
            "p30d, 2592000, P30D",
            "P2W, 1209600, P14D",
            "PT36H, 129600, P1DT12H",
            "PT12H, 43200, PT12H",
            "P1DT1H, 90000, P1DT1H",
            "PT1S, 1, PT1S"})
    void parsesDaysAndTime(String text, long seconds, String canonical) {
        Retention retention = Retention.parse(text);
        assertThat(retention.duration()).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(retention.iso()).isEqualTo(canonical);
        assertThat(Retention.parse(retention.iso())).isEqualTo(retention);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "30", "30d", "P1Y", "P6M", "P0D", "PT0S", "-P1D", "P-1D", "PT0.5S", "P99999999D",
            "P1Y2M", "forever", "P30D "})
    void refusesWhatIsNotAPositiveExactDuration(String text) {
        if (text.equals("P30D ")) {
            assertThat(Retention.parse(text)).isEqualTo(Retention.ofDays(30));
            return;
        }
        assertThatThrownBy(() -> Retention.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention");
    }

    @Test
    @DisplayName("the longest accepted retention is 200 years of days")
    void hasAnUpperBound() {
        assertThat(new Retention(Retention.MAXIMUM).iso()).isEqualTo("P73000D");
        assertThatThrownBy(() -> new Retention(Retention.MAXIMUM.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
