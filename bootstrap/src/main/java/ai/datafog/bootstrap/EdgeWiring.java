package ai.datafog.bootstrap;

import ai.datafog.adapter.http.edge.CorsPolicy;
import ai.datafog.adapter.http.edge.EdgeOrder;
import ai.datafog.adapter.http.edge.OpenApiContract;
import ai.datafog.adapter.http.edge.PassThrough;
import ai.datafog.adapter.http.edge.RateLimit;
import ai.datafog.adapter.http.edge.RateLimiter;
import ai.datafog.adapter.http.edge.RequestObserver;
import ai.datafog.adapter.http.edge.RequestStats;
import ai.datafog.adapter.http.edge.DroppedErrors;
import ai.datafog.adapter.http.edge.RequestTimeout;
import ai.datafog.adapter.http.edge.RouteTemplates;
import ai.datafog.adapter.http.edge.TokenAuth;
import ai.datafog.adapter.http.edge.TokenSource;
import ai.datafog.adapter.http.BlockingCalls;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.server.WebFilter;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The HTTP edge around every route: observation, CORS, token auth, rate limit, timeout, OpenAPI. */
@Configuration(proxyBeanMethods = false)
class EdgeWiring {

    /** How often a token file's modification time is looked at. */
    static final Duration TOKEN_FILE_CHECK = Duration.ofSeconds(2);

    @Bean
    RequestStats requestStats(Clock clock) {
        return new RequestStats(clock);
    }

    @Bean
    RouteTemplates routeTemplates(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        return new RouteTemplates(() -> mappings.orderedStream().toList());
    }

    @Bean
    RequestObserver requestObserver(RouteTemplates routes, RequestStats stats, MeterRegistry registry) {
        return new RequestObserver(routes, stats, registry);
    }

    @Bean
    WebFilter corsPolicy(DatafogConfig config) {
        return config.corsOrigins().isEmpty() ? new PassThrough(EdgeOrder.CORS) : new CorsPolicy(config.corsOrigins());
    }

    @Bean
    TokenAuth tokenAuth(DatafogConfig config) {
        return new TokenAuth(tokens(config.apiTokens(), config.apiTokenFile()),
                tokens(config.adminTokens(), config.adminTokenFile()));
    }

    @Bean
    WebFilter rateLimit(DatafogConfig config, MeterRegistry registry, DataSource dataSource, BlockingCalls blocking) {
        if (config.rateLimitRps() <= 0) {
            Counter.builder(RateLimit.REJECTIONS).register(registry);
            return new PassThrough(EdgeOrder.RATE_LIMIT);
        }
        if (!config.rateLimitShared()) {
            return new RateLimit(new RateLimiter(config.rateLimitRps(), config.rateLimitBurst()), blocking, registry);
        }
        // One bucket row per client in rate_limit_buckets (Flyway), locked with SELECT … FOR UPDATE; a row
        // expires once its bucket would be full again, so dropping it never grants more than a fresh bucket.
        PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL
                .selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1)))
                .build();
        return new RateLimit(RateLimiter.shared(config.rateLimitRps(), config.rateLimitBurst(), buckets, buckets),
                blocking, registry);
    }

    @Bean
    RequestTimeout requestTimeout(DatafogConfig config) {
        // A timed-out request's work is cancelled and ends in errors nobody receives: log them safely.
        DroppedErrors.install();
        return new RequestTimeout(config.requestTimeout());
    }

    @Bean
    OpenApiCustomizer openApiContract() {
        return new OpenApiContract();
    }

    private static TokenSource tokens(List<String> initial, Optional<Path> file) {
        return file.map(path -> TokenSource.file(path, initial, TOKEN_FILE_CHECK))
                .orElseGet(() -> TokenSource.fixed(initial));
    }
}
