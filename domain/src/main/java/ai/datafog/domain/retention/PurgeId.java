package ai.datafog.domain.retention;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a purge record. */
public record PurgeId(UUID value) {

    public PurgeId {
        Objects.requireNonNull(value, "value");
    }

    public static PurgeId random() {
        return new PurgeId(UUID.randomUUID());
    }

    /** The id written as text, or empty when the text is not a UUID. */
    public static Optional<PurgeId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PurgeId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
