package ai.datafog.adapter.http;

import java.util.Locale;
import java.util.Optional;

/** Whether responses carry a finding's matched value as is, masked, or not at all ({@code DATAFOG_FINDING_VALUES}). */
public enum FindingValues {
    INCLUDE, MASK, OMIT;

    public static Optional<FindingValues> parse(String text) {
        for (FindingValues mode : values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
