package ai.datafog.benchmarks;

import ai.datafog.domain.detection.DetectionEngine;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.DetectorRegistry;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Best-of-N thread CPU time of the full engine and of each detector over the {@link Corpora} texts.
 * On a shared machine JMH's wall-clock averages mostly measure the neighbours; the minimum CPU time
 * of many runs is the steadier figure, so the docs report both. The note target scans the 2 KB text of the
 * HTTP benchmarks 512 times, the per-request shape of /v1/scan. Usage: {@code ScanBestOf [runs]}.
 */
public final class ScanBestOf {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScanBestOf() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        DetectorRegistry registry = DetectorRegistry.standard(true);
        DetectionEngine engine = DetectionEngine.of(registry);
        for (String corpus : new String[] {"prose", "mixed"}) {
            String text = corpus.equals("prose") ? Corpora.prose() : Corpora.mixed();
            System.out.println("== " + corpus);
            report("engine", runs, text, t -> engine.detect(t).size());
            for (Detector detector : registry.detectors()) {
                report(detector.getClass().getSimpleName(), runs, text, t -> detector.detect(t).size());
            }
        }
        String note = Corpora.note();
        System.out.println("== note (2 KB, scanned " + Corpora.SIZE / Corpora.NOTE_SIZE + " times)");
        report("engine", runs, note, t -> {
            int results = 0;
            for (int k = 0; k < Corpora.SIZE / Corpora.NOTE_SIZE; k++) {
                results = engine.detect(t).size();
            }
            return results;
        });
    }

    private static void report(String name, int runs, String text, ToIntFunction<String> scan) {
        long best = Long.MAX_VALUE;
        int results = 0;
        for (int r = 0; r < runs; r++) {
            long before = THREADS.getCurrentThreadCpuTime();
            results = scan.applyAsInt(text);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - before);
        }
        System.out.println(String.format(Locale.ROOT, "%-26s %8.2f ms %9.1f MB/s  results=%d",
                name, best / 1e6, Corpora.SIZE / 1e6 / (best / 1e9), results));
    }
}
