package ai.datafog.bootstrap;

import ai.datafog.domain.retention.Retention;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and parses {@code DATAFOG_*} variables; every failure names the variable and never its value. */
final class ConfigValues {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

    private final Function<String, String> lookup;

    ConfigValues(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    Optional<String> raw(String name) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    String string(String name, String fallback) {
        return raw(name).orElse(fallback);
    }

    /** A secret given directly or, with the {@code _FILE} suffix, as the path of a file holding it. */
    Optional<String> secret(String name) {
        Optional<String> direct = raw(name);
        Optional<String> file = raw(name + "_FILE");
        if (direct.isPresent() && file.isPresent()) {
            throw new ConfigException(name, "set either " + name + " or " + name + "_FILE, not both");
        }
        if (file.isPresent()) {
            try {
                String content = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).trim();
                if (content.isEmpty()) {
                    throw new ConfigException(name + "_FILE", "file is empty");
                }
                return Optional.of(content);
            } catch (IOException | RuntimeException unreadable) {
                if (unreadable instanceof ConfigException config) {
                    throw config;
                }
                if (unreadable instanceof CharacterCodingException) {
                    throw new ConfigException(name + "_FILE", "file is not UTF-8 text (write the secret as text, e.g. hex or base64)");
                }
                throw new ConfigException(name + "_FILE", "file cannot be read");
            }
        }
        return direct;
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ConfigException(name, "expected true or false");
        };
    }

    long number(String name, long fallback, long min, long max) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.get());
        } catch (NumberFormatException notANumber) {
            throw new ConfigException(name, "expected a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new ConfigException(name, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    double decimal(String name, double fallback, double min) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return fallback;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.get());
        } catch (NumberFormatException notANumber) {
            throw new ConfigException(name, "expected a number");
        }
        if (!Double.isFinite(parsed) || parsed < min) {
            throw new ConfigException(name, "must be a number of at least " + min);
        }
        return parsed;
    }

    Duration duration(String name, Duration fallback) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return fallback;
        }
        Duration parsed = parseDuration(value.get())
                .orElseThrow(() -> new ConfigException(name, "expected a duration such as PT10S, 500ms, 10s, 2m, 24h or 90d"));
        if (parsed.isNegative() || parsed.isZero()) {
            throw new ConfigException(name, "must be a positive duration");
        }
        // One bound for every duration, the longest retention: beyond it, "now minus it" and its
        // milliseconds or nanoseconds overflow somewhere at run time instead of failing here.
        if (parsed.compareTo(Retention.MAXIMUM) > 0) {
            throw new ConfigException(name, "must be at most " + Retention.MAXIMUM.toDays() + " days");
        }
        return parsed;
    }

    /** ISO-8601 ({@code PT10S}, {@code P90D}) or the short forms {@code 500ms 10s 2m 24h 90d}. */
    static Optional<Duration> parseDuration(String text) {
        Matcher shortForm = SHORT_DURATION.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return Optional.of(switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException | ArithmeticException notIso) {
            return Optional.empty();
        }
    }
}
