package ai.datafog.domain;

import java.util.Comparator;
import java.util.UUID;

/** How the databases order UUID columns, which keyset pages must follow. */
public final class Uuids {

    /**
     * As unsigned 128-bit numbers (byte by byte), the order of PostgreSQL's and H2's {@code UUID} type;
     * {@link UUID#compareTo} compares signed halves and disagrees for ids with the top bit set.
     */
    public static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private Uuids() {
    }
}
