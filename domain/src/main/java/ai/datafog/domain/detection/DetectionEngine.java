package ai.datafog.domain.detection;

import ai.datafog.domain.detection.scan.ScanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Runs every registered detector over a text and turns their candidates into findings (SPEC §5):
 * context boosts, overlap resolution, then the caller's type and confidence filters; offsets in
 * Unicode code points; ordered by start, then type. Stateless and deterministic. A scan on an
 * interrupted thread stops with {@link CancellationException} before its next detector.
 */
public final class DetectionEngine {

    private final List<Detector> detectors;

    public DetectionEngine(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** An engine over the registry's detectors. */
    public static DetectionEngine of(DetectorRegistry registry) {
        return new DetectionEngine(registry.detectors());
    }

    /** Every finding of the given types (empty = all) with at least {@code minConfidence}. */
    public List<Finding> detect(String text, Set<EntityType> types, double minConfidence) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(types, "types");
        ScanText scan = ScanText.of(text);
        List<Candidate> candidates = new ArrayList<>();
        for (Detector detector : detectors) {
            stopIfInterrupted();
            for (Candidate candidate : detector.detect(scan)) {
                candidates.add(withContext(text, candidate));
            }
        }
        List<Candidate> kept = OverlapResolver.resolve(candidates);
        kept.removeIf(c -> c.confidence() < minConfidence || !(types.isEmpty() || types.contains(c.type())));
        return toFindings(text, kept);
    }

    /**
     * Stops a scan whose thread was interrupted: the request it serves has been cancelled (its timeout
     * fired, its client went away), so the remaining detectors would work for nobody. Checked between
     * detectors; the flag stays set for the thread's owner to see.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("detection interrupted");
        }
    }

    /** Every finding in the text. */
    public List<Finding> detect(String text) {
        return detect(text, Set.of(), 0.0);
    }

    /** The entity types the registered detectors can report. */
    public Set<EntityType> supportedTypes() {
        Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
        detectors.forEach(d -> types.addAll(d.types()));
        return Set.copyOf(types);
    }

    private static Candidate withContext(String text, Candidate candidate) {
        double boosted = ContextBoosts.boosted(text, candidate);
        return boosted == candidate.confidence() ? candidate
                : new Candidate(candidate.type(), candidate.start(), candidate.end(), boosted);
    }

    /** Converts char offsets to code point offsets in one pass over the text (candidates are sorted). */
    private static List<Finding> toFindings(String text, List<Candidate> sorted) {
        List<Finding> findings = new ArrayList<>(sorted.size());
        int charIndex = 0;
        int codePoints = 0;
        for (Candidate candidate : sorted) {
            codePoints += text.codePointCount(charIndex, candidate.start());
            int start = codePoints;
            int length = text.codePointCount(candidate.start(), candidate.end());
            codePoints += length;
            charIndex = candidate.end();
            findings.add(new Finding(candidate.type(), text.substring(candidate.start(), candidate.end()),
                    new TextSpan(start, start + length), Confidence.of(candidate.confidence())));
        }
        return findings;
    }
}
