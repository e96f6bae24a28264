package ai.datafog.benchmarks;

import ai.datafog.domain.detection.DetectionEngine;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.DetectorRegistry;
import ai.datafog.domain.detection.scan.ScanText;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Best-of-N thread CPU time of the full engine and of each detector over the {@link Corpora} texts (the
 * detectors share one prebuilt {@link ScanText}, whose own cost is its row).
 * On a shared machine JMH's wall-clock averages mostly measure the neighbours; the minimum CPU time
 * of many runs is the steadier figure, so the docs report both. The note target times batches of 64 scans of
 * the 2 KB text of the HTTP benchmarks, the per-request shape of /v1/scan (ms per batch of 128 KiB). Usage: {@code ScanBestOf [runs] [note]}
 * ({@code note}: the note target alone, as in a service JVM that only ever scans requests).
 */
public final class ScanBestOf {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int NOTE_BATCH = 64;
    private static final int NOTE_BATCHES_PER_RUN = 10;

    private ScanBestOf() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        DetectorRegistry registry = DetectorRegistry.standard(true);
        DetectionEngine engine = DetectionEngine.of(registry);
        boolean noteOnly = args.length > 1 && args[1].equals("note");
        for (String corpus : noteOnly ? new String[0] : new String[] {"prose", "mixed"}) {
            String text = corpus.equals("prose") ? Corpora.prose() : Corpora.mixed();
            System.out.println("== " + corpus);
            report("engine", runs, text, t -> engine.detect(t).size());
            report("ScanText.of", runs, text, t -> ScanText.of(t).digitRuns());
            ScanText scan = ScanText.of(text);
            for (Detector detector : registry.detectors()) {
                report(detector.getClass().getSimpleName(), runs, text, t -> detector.detect(scan).size());
            }
        }
        String note = Corpora.note();
        System.out.println("== note (2 KB; best of " + runs * NOTE_BATCHES_PER_RUN + " batches of " + NOTE_BATCH + " scans)");
        report("engine", runs * NOTE_BATCHES_PER_RUN, note, NOTE_BATCH * Corpora.NOTE_SIZE, t -> {
            int results = 0;
            for (int k = 0; k < NOTE_BATCH; k++) {
                results = engine.detect(t).size();
            }
            return results;
        });
    }

    private static void report(String name, int runs, String text, ToIntFunction<String> scan) {
        report(name, runs, text, Corpora.SIZE, scan);
    }

    private static void report(String name, int runs, String text, int bytes, ToIntFunction<String> scan) {
        long best = Long.MAX_VALUE;
        int results = 0;
        for (int r = 0; r < runs; r++) {
            long before = THREADS.getCurrentThreadCpuTime();
            results = scan.applyAsInt(text);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - before);
        }
        System.out.println(String.format(Locale.ROOT, "%-26s %8.2f ms %9.1f MB/s  results=%d",
                name, best / 1e6, bytes / 1e6 / (best / 1e9), results));
    }
}
