package ai.datafog.domain.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes candidates non-overlapping (SPEC §5): of two overlapping candidates the higher confidence
 * wins, ties go to the longer span, then to the earlier start (then the type, so the result never
 * depends on detector order). Greedy in that order; O(k log k) for k candidates.
 */
final class OverlapResolver {

    static final Comparator<Candidate> PRECEDENCE = Comparator
            .comparingDouble(Candidate::confidence).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
            .thenComparingInt(Candidate::start)
            .thenComparing(c -> c.type().wireName());

    private OverlapResolver() {
    }

    /** The winners, in no particular order. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(PRECEDENCE);
        TreeMap<Integer, Candidate> kept = new TreeMap<>();
        for (Candidate candidate : ordered) {
            if (!overlapsKept(kept, candidate)) {
                kept.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static boolean overlapsKept(TreeMap<Integer, Candidate> kept, Candidate candidate) {
        Map.Entry<Integer, Candidate> before = kept.floorEntry(candidate.start());
        if (before != null && before.getValue().end() > candidate.start()) {
            return true;
        }
        Map.Entry<Integer, Candidate> after = kept.ceilingEntry(candidate.start());
        return after != null && after.getKey() < candidate.end();
    }
}
