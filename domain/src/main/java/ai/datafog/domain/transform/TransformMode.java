package ai.datafog.domain.transform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a sensitive entity is rewritten (SPEC §7); none of the modes is reversible. */
public enum TransformMode {
    MASK("mask"),
    REDACT("redact"),
    TOKENIZE("tokenize"),
    ANONYMIZE("anonymize"),
    REPLACE("replace"),
    HASH("hash");

    private final String wireName;

    TransformMode(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, policies and receipts. */
    public String wireName() {
        return wireName;
    }

    /** Looks a mode up by its wire name, case-insensitively. */
    public static Optional<TransformMode> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.wireName.equals(wanted)).findFirst();
    }

    /** Every wire name, in declaration order (for error messages that list the valid modes). */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(TransformMode::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
