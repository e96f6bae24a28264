package ai.datafog.domain.retention;

import java.util.Locale;

/** Why a purge ran: on schedule, by an operator's request, or to erase one subject. */
public enum PurgeKind {
    SCHEDULED, MANUAL, ERASURE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
