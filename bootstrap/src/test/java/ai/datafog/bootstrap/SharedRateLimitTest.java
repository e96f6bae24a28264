package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("DATAFOG_RATE_LIMIT_SHARED: two replicas on one PostgreSQL draw from one bucket per client")
class SharedRateLimitTest {

    private static final String TOKEN = "shared-limit-canary-token-5f1c";
    private static final int BURST = 4;

    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

    @AfterEach
    void stopReplicas() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    @DisplayName("shared: the burst is spent across both replicas, then either refuses with 429 and Retry-After")
    void oneBucketAcrossReplicas() throws Exception {
        String url = freshSchemaUrl();
        WebTestClient a = start(url, true);
        WebTestClient b = start(url, true);
        DataSource dataSource = replicas.get(0).getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO rate_limit_buckets (id, state, expires_at) VALUES ('addr:stale', NULL, 1)");
        }

        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            remaining.add(call(i % 2 == 0 ? a : b).getResponseHeaders().getFirst("X-RateLimit-Remaining"));
        }
        assertThat(remaining).containsExactly("3", "2", "1", "0");
        for (WebTestClient replica : List.of(a, b)) {
            EntityExchangeResult<byte[]> refused = call(replica);
            assertThat(refused.getStatus().value()).isEqualTo(429);
            assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isGreaterThanOrEqualTo(1);
            assertThat(new String(refused.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"rate_limited\"").doesNotContain(TOKEN);
        }

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, expires_at FROM rate_limit_buckets")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("id")).startsWith("token:").doesNotContain(TOKEN);
            assertThat(rows.getLong("expires_at")).isGreaterThan(System.currentTimeMillis());
            assertThat(rows.next()).as("one bucket for the one client; the expired row was removed").isFalse();
        }
    }

    @Test
    @DisplayName("control: without sharing each replica has its own bucket, so twice the burst gets through")
    void perReplicaBucketsWithoutSharing() throws Exception {
        String url = freshSchemaUrl();
        WebTestClient a = start(url, false);
        WebTestClient b = start(url, false);
        int admitted = 0;
        for (int i = 0; i < 2 * BURST + 2; i++) {
            if (call(i % 2 == 0 ? a : b).getStatus().value() == 200) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(2 * BURST);
    }

    private static EntityExchangeResult<byte[]> call(WebTestClient replica) {
        return replica.get().uri("/v1/policy/version").header("Authorization", "Bearer " + TOKEN)
                .exchange().expectBody().returnResult();
    }

    private static String freshSchemaUrl() {
        return TestDatabases.postgresSchemaUrl("ratelimit_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
    }

    private WebTestClient start(String url, boolean shared) throws Exception {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DatafogApplication.class).properties(
                "server.port=0",
                "DATAFOG_DB_URL=" + url,
                "DATAFOG_RECEIPT_HASH_KEY=rate-limit-test-key",
                "DATAFOG_RECEIPT_PATH=" + TestFiles.directory("ratelimit"),
                "DATAFOG_API_TOKEN=" + TOKEN,
                "DATAFOG_RATE_LIMIT_RPS=0.01",
                "DATAFOG_RATE_LIMIT_BURST=" + BURST,
                "DATAFOG_RATE_LIMIT_SHARED=" + shared,
                "DATAFOG_PURGE_CRON=-",
                "spring.flyway.schemas=" + schema).run();
        replicas.add(context);
        String port = context.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }
}
