package ai.datafog.domain.receipt;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The outcome a receipt records (SPEC §6): what the policy said about the action. */
public enum ReceiptDecision {
    ALLOW("allow"),
    ALLOW_WITH_REDACTION("allow_with_redaction"),
    TRANSFORM("transform"),
    DENY("deny");

    private final String wireName;

    ReceiptDecision(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, in the database and in query filters. */
    public String wireName() {
        return wireName;
    }

    /** Looks a decision up by its exact wire name. */
    public static Optional<ReceiptDecision> fromWireName(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ReceiptDecision::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
