package ai.datafog.domain.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a rule, and in the end a decision, says about an action; declared from weakest to strongest. */
public enum Effect {
    ALLOW("allow"),
    ALLOW_WITH_REDACTION("allow_with_redaction"),
    TRANSFORM("transform"),
    DENY("deny");

    private final String wireName;

    Effect(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Looks an effect up by its wire name, case-insensitively. */
    public static Optional<Effect> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wanted)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(Effect::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
