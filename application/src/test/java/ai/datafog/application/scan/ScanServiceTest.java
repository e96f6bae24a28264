package ai.datafog.application.scan;

import ai.datafog.application.port.in.ScanTextUseCase.ScanCommand;
import ai.datafog.domain.detection.DetectionEngine;
import ai.datafog.domain.detection.DetectorRegistry;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ScanService applies the caller's filters to the engine's findings")
class ScanServiceTest {

    private final ScanService service = new ScanService(DetectionEngine.of(DetectorRegistry.standard(false)));
    private final String text = "mail ann@example.org or call 415-555-0132";

    @Test
    @DisplayName("everything is reported when no filter is given")
    void reportsEverything() {
        assertThat(service.scan(ScanCommand.everything(text)).findings())
                .extracting(Finding::type).containsExactly(EntityType.EMAIL, EntityType.PHONE);
    }

    @Test
    @DisplayName("only the requested types are reported")
    void filtersTypes() {
        assertThat(service.scan(new ScanCommand(text, Set.of(EntityType.PHONE), 0)).findings())
                .extracting(Finding::value).containsExactly("415-555-0132");
    }

    @Test
    @DisplayName("findings below min_confidence are dropped")
    void filtersConfidence() {
        assertThat(service.scan(new ScanCommand(text, Set.of(), 1.0)).findings()).isEmpty();
    }
}
