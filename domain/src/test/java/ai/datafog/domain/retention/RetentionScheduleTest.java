package ai.datafog.domain.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The cutoff of a tenant is now minus its retention, or minus the default")
class RetentionScheduleTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private final RetentionSchedule schedule = new RetentionSchedule(Retention.ofDays(90), List.of(
            new RetentionPolicy("acme", Retention.ofDays(30), NOW),
            new RetentionPolicy("bank", Retention.ofDays(3650), NOW)));

    @Test
    @DisplayName("a tenant with a policy gets its own retention")
    void tenantPolicyWins() {
        assertThat(schedule.cutoffFor(Optional.of("acme"), NOW)).isEqualTo(Instant.parse("2026-05-31T12:00:00Z"));
        assertThat(schedule.retentionFor(Optional.of("bank"))).isEqualTo(Retention.ofDays(3650));
    }

    @Test
    @DisplayName("a tenant without a policy, and receipts without a tenant, get the default")
    void defaultOtherwise() {
        Instant defaultCutoff = Instant.parse("2026-04-01T12:00:00Z");
        assertThat(schedule.cutoffFor(Optional.of("other"), NOW)).isEqualTo(defaultCutoff);
        assertThat(schedule.cutoffFor(Optional.empty(), NOW)).isEqualTo(defaultCutoff);
    }

    @Test
    @DisplayName("the cutoff follows the clock it is given")
    void usesTheClock() {
        Clock clock = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        assertThat(schedule.cutoffFor(Optional.of("acme"), clock))
                .isEqualTo(Instant.parse("2026-05-31T12:01:00Z"));
    }

    @Test
    @DisplayName("the latest cutoff is that of the shortest retention, default included")
    void latestCutoff() {
        assertThat(schedule.latestCutoff(NOW)).isEqualTo(Instant.parse("2026-05-31T12:00:00Z"));
        RetentionSchedule onlyLong = new RetentionSchedule(Retention.ofDays(7), List.of(
                new RetentionPolicy("bank", Retention.ofDays(3650), NOW)));
        assertThat(onlyLong.latestCutoff(NOW)).isEqualTo(NOW.minus(Retention.ofDays(7).duration()));
    }
}
