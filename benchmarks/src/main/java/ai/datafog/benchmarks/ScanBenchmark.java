package ai.datafog.benchmarks;

import ai.datafog.domain.detection.DetectionEngine;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.DetectorRegistry;
import ai.datafog.domain.detection.Finding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread scan throughput over 1 MiB texts. Each invocation scans the whole MiB, so
 * MB/s = 1.048576 / (seconds per op). {@code engine} runs every registered detector (NER included
 * when its class is on the classpath, the registry decides); {@code detector} runs one detector alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScanBenchmark {

    @Param({"prose", "mixed"})
    public String corpus;

    @Param({"engine", "EmailDetector", "UrlDetector", "PhoneDetector", "SsnDetector", "CreditCardDetector",
        "IbanDetector", "KnownSecretDetector", "PrivateKeyBlockDetector", "SecretAssignmentDetector",
        "IpAddressDetector", "MacAddressDetector", "DateDetector", "ZipCodeDetector", "NamedEntityDetector"})
    public String target;

    private String text;
    private DetectionEngine engine;
    private Detector detector;

    @Setup(Level.Trial)
    public void setUp() {
        text = corpus.equals("prose") ? Corpora.prose() : Corpora.mixed();
        DetectorRegistry registry = DetectorRegistry.standard(true);
        engine = DetectionEngine.of(registry);
        if (!target.equals("engine")) {
            detector = registry.detectors().stream()
                    .filter(d -> d.getClass().getSimpleName().equals(target))
                    .findFirst().orElse(null);
        }
    }

    @Benchmark
    public Object scan() {
        if (target.equals("engine")) {
            List<Finding> findings = engine.detect(text);
            return findings;
        }
        return detector == null ? null : detector.detect(text);
    }
}
