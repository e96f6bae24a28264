package ai.datafog.bootstrap;

import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.scan.ScanService;
import ai.datafog.domain.detection.DetectionEngine;
import ai.datafog.domain.detection.DetectorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires detection: the registry ({@code DATAFOG_NER_ENABLED}), the engine and the scan use case. */
@Configuration(proxyBeanMethods = false)
class DetectionWiring {

    @Bean
    DetectionEngine detectionEngine(DatafogConfig config) {
        return DetectionEngine.of(DetectorRegistry.standard(config.nerEnabled()));
    }

    @Bean
    ScanTextUseCase scanTextUseCase(DetectionEngine detectionEngine) {
        return new ScanService(detectionEngine);
    }
}
