package ai.datafog.domain.retention;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How long receipts are kept: a positive, exact duration. Calendar units (years, months) are refused
 * because their length varies; write {@code P365D}, not {@code P1Y}.
 */
public record Retention(Duration duration) {

    /** Longer than any retention a regulation asks for; keeps cutoff arithmetic far from overflow. */
    public static final Duration MAXIMUM = Duration.ofDays(365L * 200);

    private static final Pattern WEEKS = Pattern.compile("P(\\d{1,6})W");
    private static final long SECONDS_PER_DAY = 86_400;

    public Retention {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("retention must be a positive duration");
        }
        if (duration.getNano() != 0) {
            throw new IllegalArgumentException("retention must be a whole number of seconds");
        }
        if (duration.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("retention must be at most " + MAXIMUM.toDays() + " days");
        }
    }

    public static Retention ofDays(long days) {
        return new Retention(Duration.ofDays(days));
    }

    /**
     * Parses an ISO-8601 duration of days and time ({@code P30D}, {@code P2W}, {@code PT36H},
     * {@code P1DT12H}); anything else, including years and months, is an {@link IllegalArgumentException}.
     */
    public static Retention parse(String text) {
        Objects.requireNonNull(text, "text");
        String upper = text.trim().toUpperCase(Locale.ROOT);
        var weeks = WEEKS.matcher(upper);
        if (weeks.matches()) {
            return ofDays(Long.parseLong(weeks.group(1)) * 7);
        }
        try {
            return new Retention(Duration.parse(upper));
        } catch (DateTimeParseException | ArithmeticException notADuration) {
            throw new IllegalArgumentException(
                    "retention must be an ISO-8601 duration in days or time, such as P30D or PT12H");
        }
    }

    /** The canonical ISO-8601 text: whole days as {@code P30D}, otherwise days plus time. */
    public String iso() {
        long seconds = duration.getSeconds();
        long days = seconds / SECONDS_PER_DAY;
        Duration rest = duration.minusDays(days);
        if (rest.isZero()) {
            return "P" + days + "D";
        }
        String time = rest.toString().substring(1);
        return days == 0 ? "P" + time : "P" + days + "D" + time;
    }

    @Override
    public String toString() {
        return iso();
    }
}
