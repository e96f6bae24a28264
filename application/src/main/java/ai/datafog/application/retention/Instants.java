package ai.datafog.application.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times read from the clock at the precision every database keeps, so what is returned is what is stored. */
final class Instants {

    private Instants() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
