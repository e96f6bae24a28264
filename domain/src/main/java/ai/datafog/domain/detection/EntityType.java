package ai.datafog.domain.detection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The closed set of sensitive entity kinds the service detects and transforms (SPEC §5). */
public enum EntityType {
    EMAIL("email"),
    PHONE("phone"),
    SSN("ssn"),
    CREDIT_CARD("credit_card"),
    IBAN("iban"),
    API_KEY("api_key"),
    IP_ADDRESS("ip_address"),
    DATE("date"),
    ZIP_CODE("zip_code"),
    MAC_ADDRESS("mac_address"),
    URL("url"),
    PERSON("person"),
    ORGANIZATION("organization"),
    LOCATION("location");

    private final String wireName;

    EntityType(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, policies and receipts. */
    public String wireName() {
        return wireName;
    }

    /** Looks a type up by its wire name, case-insensitively. */
    public static Optional<EntityType> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }

    /** Every wire name, in declaration order (for error messages that list the valid types). */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(EntityType::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
