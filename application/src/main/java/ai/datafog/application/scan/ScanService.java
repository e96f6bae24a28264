package ai.datafog.application.scan;

import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.domain.detection.DetectionEngine;

import java.util.Objects;

/** Scanning is the detection engine applied with the caller's type and confidence filters. */
public final class ScanService implements ScanTextUseCase {

    private final DetectionEngine engine;

    public ScanService(DetectionEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public ScanResult scan(ScanCommand command) {
        return new ScanResult(engine.detect(command.text(), command.entityTypes(), command.minConfidence()));
    }
}
