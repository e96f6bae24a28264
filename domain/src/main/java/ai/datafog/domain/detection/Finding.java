package ai.datafog.domain.detection;

import java.util.Objects;

/** One sensitive entity found in a text: its type, the matched value, where it is, and how sure we are. */
public record Finding(EntityType type, String value, TextSpan span, Confidence confidence) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(confidence, "confidence");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Never prints the value: findings end up in logs and exception messages by accident. */
    @Override
    public String toString() {
        return "Finding[" + type + " " + span.start() + ".." + span.end() + " confidence=" + confidence.value() + "]";
    }
}
