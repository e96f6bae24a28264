package ai.datafog.domain.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Makes candidates non-overlapping (SPEC §5): of two overlapping candidates the higher confidence
 * wins, ties go to the longer span, then to the earlier start (then the type, so the result never
 * depends on detector order). Greedy in that order, marking the chars each winner takes: O(k log k)
 * for k candidates, plus one bit per char they cover.
 */
final class OverlapResolver {

    private OverlapResolver() {
    }

    /** The winners, ordered by start (they are disjoint, so no two share one). */
    static List<Candidate> resolve(List<Candidate> candidates) {
        Candidate[] ordered = candidates.toArray(new Candidate[0]);
        Arrays.sort(ordered, OverlapResolver::precedence);
        BitSet taken = new BitSet();
        List<Candidate> kept = new ArrayList<>(ordered.length);
        for (Candidate candidate : ordered) {
            int free = taken.nextSetBit(candidate.start());
            if (free < 0 || free >= candidate.end()) {
                taken.set(candidate.start(), candidate.end());
                kept.add(candidate);
            }
        }
        kept.sort(OverlapResolver::byStart);
        return kept;
    }

    private static int precedence(Candidate a, Candidate b) {
        int order = Double.compare(b.confidence(), a.confidence());
        if (order == 0) {
            order = Integer.compare(b.end() - b.start(), a.end() - a.start());
        }
        if (order == 0) {
            order = Integer.compare(a.start(), b.start());
        }
        return order != 0 ? order : a.type().wireName().compareTo(b.type().wireName());
    }

    private static int byStart(Candidate a, Candidate b) {
        return Integer.compare(a.start(), b.start());
    }
}
