package ai.datafog.domain.retention;

import java.util.Objects;
import java.util.Optional;

/** The shape every tenant, actor and session id must have: non-blank and within the column size. */
final class SubjectIds {

    static final int MAX_LENGTH = 200;

    private SubjectIds() {
    }

    static String require(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_LENGTH + " characters");
        }
        return value;
    }

    static Optional<String> optional(String name, Optional<String> value) {
        Objects.requireNonNull(value, name);
        value.ifPresent(v -> require(name, v));
        return value;
    }
}
