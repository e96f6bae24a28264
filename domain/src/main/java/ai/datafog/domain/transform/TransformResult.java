package ai.datafog.domain.transform;

import java.util.List;
import java.util.Objects;

/** A rewritten text and the list of what was changed (the record a receipt keeps; never the values). */
public record TransformResult(String output, List<AppliedTransform> applied) {

    public TransformResult {
        Objects.requireNonNull(output, "output");
        applied = List.copyOf(applied);
    }

    public int entitiesTransformed() {
        return applied.size();
    }

    /** The distinct {@code entity:mode} pairs applied, sorted. */
    public List<String> modesApplied() {
        return applied.stream().map(a -> a.type().wireName() + ":" + a.mode().wireName()).distinct().sorted().toList();
    }

    /** Never prints the output: it may still hold sensitive text the findings missed. */
    @Override
    public String toString() {
        return "TransformResult[entities=" + applied.size() + ", modes=" + modesApplied() + "]";
    }
}
