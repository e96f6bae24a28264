package ai.datafog.domain.detection;

/** How sure a detector is of a finding: a number in [0, 1]. */
public record Confidence(double value) implements Comparable<Confidence> {

    public Confidence {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException("confidence must be in [0, 1]");
        }
    }

    public static Confidence of(double value) {
        return new Confidence(value);
    }

    @Override
    public int compareTo(Confidence other) {
        return Double.compare(value, other.value);
    }
}
