package ai.datafog.bootstrap;

import ai.datafog.adapter.http.FindingValues;
import ai.datafog.adapter.http.edge.CommaList;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.Retention;
import org.springframework.scheduling.support.CronExpression;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The service configuration (SPEC §3), built once at start from {@code DATAFOG_*} variables and
 * immutable afterwards. {@link #load} refuses a bad value with a {@link ConfigException} naming it.
 */
public record DatafogConfig(
        String host,
        int port,
        List<String> apiTokens,
        Optional<Path> apiTokenFile,
        List<String> adminTokens,
        Optional<Path> adminTokenFile,
        boolean allowUnauthenticated,
        Optional<Path> policyPath,
        Path receiptPath,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        int dbPoolSize,
        Optional<String> hashKey,
        Duration retention,
        Optional<String> purgeCron,
        int purgeBatchSize,
        Duration idempotencyTtl,
        double rateLimitRps,
        long rateLimitBurst,
        boolean rateLimitShared,
        long maxBodyBytes,
        Duration requestTimeout,
        Duration shutdownTimeout,
        FindingValues findingValues,
        boolean nerEnabled,
        String maskChar,
        List<String> corsOrigins,
        int receiptBatchSize,
        Duration receiptBatchLinger,
        boolean jsonLogs,
        Duration purgeRecordRetention,
        Duration purgeLeaseDuration) {

    /** What a scheduled purge's record gives as its trigger, before the cron expression. */
    static final String SCHEDULED_TRIGGER_PREFIX = "cron ";
    /** An origin as a browser sends it: lower-case scheme and host, an optional port, nothing after. */
    private static final Pattern ORIGIN = Pattern.compile("^[a-z][a-z0-9+.-]*://([a-z0-9.-]+|\\[[0-9a-f:.]+])(:(\\d{1,5}))?$");
    private static final Pattern HOST_PORT = Pattern.compile("^(\\[[0-9a-fA-F:.]+]|[^:\\[\\]]*):(\\d{1,5})$");

    /** Immutable copies: the configuration must not change after start through a caller's list. */
    public DatafogConfig {
        apiTokens = List.copyOf(apiTokens);
        adminTokens = List.copyOf(adminTokens);
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Reads the configuration from a variable lookup (the process environment in production). */
    public static DatafogConfig load(Function<String, String> lookup) {
        ConfigValues env = new ConfigValues(lookup);

        List<String> apiTokens = tokens(env, "DATAFOG_API_TOKEN");
        List<String> adminTokens = tokens(env, "DATAFOG_ADMIN_TOKEN");
        boolean allowUnauthenticated = env.bool("DATAFOG_ALLOW_UNAUTHENTICATED", false);
        String addr = env.string("DATAFOG_ADDR", apiTokens.isEmpty() ? "127.0.0.1:8080" : "0.0.0.0:8080");
        var matcher = HOST_PORT.matcher(addr);
        if (!matcher.matches()) {
            throw new ConfigException("DATAFOG_ADDR", "expected host:port, for example 127.0.0.1:8080");
        }
        String host = matcher.group(1).isEmpty() ? "0.0.0.0" : matcher.group(1).replace("[", "").replace("]", "");
        int port = Integer.parseInt(matcher.group(2));
        if (port > 65535) {
            throw new ConfigException("DATAFOG_ADDR", "port must be at most 65535");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException unresolvable) {
            throw new ConfigException("DATAFOG_ADDR", "host is neither an IP address nor a name this machine resolves");
        }
        if (apiTokens.isEmpty() && !allowUnauthenticated && !isLoopback(host, address)) {
            throw new ConfigException("DATAFOG_ADDR", "refusing to listen on non-loopback address " + host
                    + " without an API token: set DATAFOG_API_TOKEN or DATAFOG_ALLOW_UNAUTHENTICATED=true");
        }

        Optional<String> dbUrl = env.raw("DATAFOG_DB_URL");
        if (dbUrl.isPresent() && !isPostgres(dbUrl.get()) && !dbUrl.get().startsWith("jdbc:h2:")) {
            throw new ConfigException("DATAFOG_DB_URL", "expected a jdbc:postgresql: or jdbc:h2: URL");
        }
        Optional<String> hashKey = env.secret("DATAFOG_RECEIPT_HASH_KEY");
        if (hashKey.isEmpty() && dbUrl.isPresent() && isPostgres(dbUrl.get())) {
            throw new ConfigException("DATAFOG_RECEIPT_HASH_KEY", "is required with a jdbc:postgresql: DATAFOG_DB_URL:"
                    + " replicas sharing the database must agree on tokens, pseudonyms, hashes and fingerprints;"
                    + " set it (or _FILE) to a long random secret");
        }
        Path receiptPath = Path.of(env.string("DATAFOG_RECEIPT_PATH", "./data")).toAbsolutePath().normalize();
        if (dbUrl.isEmpty()) {
            requireWritableDirectory(receiptPath);
        }

        Optional<String> purgeCron = Optional.of(env.string("DATAFOG_PURGE_CRON", "0 17 3 * * *"))
                .filter(cron -> !cron.equals("-"));
        if (purgeCron.isPresent() && !CronExpression.isValidExpression(purgeCron.get())) {
            throw new ConfigException("DATAFOG_PURGE_CRON", "expected a six-field cron expression or - to disable");
        }
        // A scheduled purge records "cron <expression>" as its trigger, which a purge record bounds.
        if (purgeCron.isPresent() && (SCHEDULED_TRIGGER_PREFIX + purgeCron.get()).length() > PurgeRecord.MAX_TRIGGER_LENGTH) {
            throw new ConfigException("DATAFOG_PURGE_CRON", "must be at most "
                    + (PurgeRecord.MAX_TRIGGER_LENGTH - SCHEDULED_TRIGGER_PREFIX.length()) + " characters");
        }

        Duration retention = env.raw("DATAFOG_RECEIPT_RETENTION").map(DatafogConfig::retention)
                .orElse(Duration.ofDays(90));

        double rps = env.decimal("DATAFOG_RATE_LIMIT_RPS", 0, 0);
        long burst = env.number("DATAFOG_RATE_LIMIT_BURST", (long) Math.ceil(rps), 0, 1_000_000_000L);
        if (rps > 0 && burst < 1) {
            throw new ConfigException("DATAFOG_RATE_LIMIT_BURST", "must be at least 1 when a rate limit is set");
        }
        boolean rateLimitShared = env.bool("DATAFOG_RATE_LIMIT_SHARED", false);
        if (rateLimitShared && (dbUrl.isEmpty() || !isPostgres(dbUrl.get()))) {
            throw new ConfigException("DATAFOG_RATE_LIMIT_SHARED", "needs a jdbc:postgresql: DATAFOG_DB_URL");
        }
        if (rateLimitShared && rps <= 0) {
            throw new ConfigException("DATAFOG_RATE_LIMIT_SHARED", "needs DATAFOG_RATE_LIMIT_RPS");
        }

        String findingValuesText = env.string("DATAFOG_FINDING_VALUES", "include");
        FindingValues findingValues = FindingValues.parse(findingValuesText)
                .orElseThrow(() -> new ConfigException("DATAFOG_FINDING_VALUES", "expected include, mask or omit"));

        String maskChar = env.string("DATAFOG_MASK_CHAR", "*");
        if (maskChar.codePointCount(0, maskChar.length()) != 1) {
            throw new ConfigException("DATAFOG_MASK_CHAR", "expected exactly one character");
        }

        return new DatafogConfig(
                host, port,
                apiTokens, env.raw("DATAFOG_API_TOKEN_FILE").map(Path::of),
                adminTokens, env.raw("DATAFOG_ADMIN_TOKEN_FILE").map(Path::of),
                allowUnauthenticated,
                env.raw("DATAFOG_POLICY_PATH").map(Path::of),
                receiptPath,
                dbUrl, env.raw("DATAFOG_DB_USER"), env.secret("DATAFOG_DB_PASSWORD"),
                (int) env.number("DATAFOG_DB_POOL_SIZE", 16, 1, 1024),
                hashKey,
                retention,
                purgeCron,
                (int) env.number("DATAFOG_PURGE_BATCH_SIZE", 5000, 1, 1_000_000),
                env.duration("DATAFOG_IDEMPOTENCY_TTL", Duration.ofHours(24)),
                rps, burst, rateLimitShared,
                env.number("DATAFOG_MAX_BODY_BYTES", 1_048_576, 1, Integer.MAX_VALUE),
                env.duration("DATAFOG_REQUEST_TIMEOUT", Duration.ofSeconds(10)),
                env.duration("DATAFOG_SHUTDOWN_TIMEOUT", Duration.ofSeconds(10)),
                findingValues,
                env.bool("DATAFOG_NER_ENABLED", true),
                maskChar,
                env.raw("DATAFOG_CORS_ORIGINS").map(CommaList::parse).map(DatafogConfig::corsOrigins).orElse(List.of()),
                (int) env.number("DATAFOG_RECEIPT_BATCH_SIZE", 256, 1, 10_000),
                env.duration("DATAFOG_RECEIPT_BATCH_LINGER", Duration.ofMillis(2)),
                logFormat(env),
                env.duration("DATAFOG_PURGE_RECORD_RETENTION", Duration.ofDays(2557)),
                env.duration("DATAFOG_PURGE_LEASE_DURATION", Duration.ofMinutes(2)));
    }

    /** Never prints secrets: a config may end up in a log line. */
    @Override
    public String toString() {
        return "DatafogConfig[" + host + ":" + port + ", tokens=" + apiTokens.size() + ", adminTokens="
                + adminTokens.size() + ", db=" + (dbUrl.isPresent() ? "external" : "embedded H2 in " + receiptPath) + "]";
    }

    public boolean usesEmbeddedDatabase() {
        return dbUrl.isEmpty();
    }

    /** Whether the database is PostgreSQL (else H2, embedded or configured). */
    public boolean usesPostgres() {
        return dbUrl.filter(DatafogConfig::isPostgres).isPresent();
    }

    private static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL in use: the configured one, else an H2 file database under the receipt path. */
    public String jdbcUrl() {
        return dbUrl.orElseGet(() -> "jdbc:h2:file:" + receiptPath.resolve("receipts")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
    }

    /** {@code DATAFOG_LOG_FORMAT}: {@code json} (default, one JSON object per line) or {@code text}. */
    private static boolean logFormat(ConfigValues env) {
        return switch (env.string("DATAFOG_LOG_FORMAT", "json").toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new ConfigException("DATAFOG_LOG_FORMAT", "expected json or text");
        };
    }

    /**
     * Each configured origin must be able to equal a browser's {@code Origin} header, which CORS
     * compares exactly: {@code *}, a path or trailing slash, upper case or a default port
     * ({@code :443} on https, {@code :80} on http) would silently never match.
     */
    private static List<String> corsOrigins(List<String> origins) {
        for (int i = 0; i < origins.size(); i++) {
            String origin = origins.get(i);
            var match = ORIGIN.matcher(origin);
            boolean defaultPort = match.matches() && (origin.startsWith("https://") && ":443".equals(match.group(2))
                    || origin.startsWith("http://") && ":80".equals(match.group(2)));
            if (!origin.equals("null") && (!match.matches() || defaultPort)) {
                throw new ConfigException("DATAFOG_CORS_ORIGINS", "origin " + (i + 1) + " is not an origin as a browser sends it:"
                        + " scheme://host[:port] in lower case, no path or trailing slash, no default port (or null); * is not supported");
            }
        }
        return origins;
    }

    /**
     * The default retention: what a retention policy accepts ({@code P30D}, {@code P2W}, {@code PT36H}),
     * and the short forms of every duration variable ({@code 90d}).
     */
    private static Duration retention(String text) {
        try {
            Optional<Duration> duration = ConfigValues.parseDuration(text);
            return (duration.isPresent() ? new Retention(duration.get()) : Retention.parse(text)).duration();
        } catch (IllegalArgumentException notARetention) {
            throw new ConfigException("DATAFOG_RECEIPT_RETENTION", notARetention.getMessage());
        }
    }

    /**
     * The tokens of {@code name} (or its file), none when unset. Set but holding no token (only commas
     * and spaces) stops start-up: it would otherwise switch authentication off without a word.
     */
    private static List<String> tokens(ConfigValues env, String name) {
        Optional<String> value = env.secret(name);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> tokens = CommaList.parse(value.get());
        if (tokens.isEmpty()) {
            String source = env.raw(name + "_FILE").isPresent() ? name + "_FILE" : name;
            throw new ConfigException(source, "holds no token (only commas and spaces); unset it or give a token");
        }
        return tokens;
    }

    /**
     * Loopback: {@code localhost}, or an IP literal for a loopback address. Any other name counts as
     * exposed, whatever it resolves to here (a name can be re-pointed; a literal cannot).
     */
    private static boolean isLoopback(String host, InetAddress address) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        return (host.matches("[0-9.]+") || host.contains(":")) && address.isLoopbackAddress();
    }

    private static void requireWritableDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException cannotCreate) {
            throw new ConfigException("DATAFOG_RECEIPT_PATH", "directory " + directory + " cannot be created");
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new ConfigException("DATAFOG_RECEIPT_PATH", "directory " + directory + " is not writable");
        }
    }
}
