package ai.datafog.domain.detection;

/** A half-open range [start, end) of Unicode code point offsets in a text. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0) {
            throw new IllegalArgumentException("span start must not be negative");
        }
        if (end < start) {
            throw new IllegalArgumentException("span end must not be before its start");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }
}
