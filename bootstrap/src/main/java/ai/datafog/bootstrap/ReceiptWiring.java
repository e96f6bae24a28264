package ai.datafog.bootstrap;

import ai.datafog.adapter.http.BlockingCalls;
import ai.datafog.adapter.http.Idempotency;
import ai.datafog.adapter.jdbc.GroupCommitSettings;
import ai.datafog.adapter.jdbc.JdbcIdempotencyStore;
import ai.datafog.adapter.jdbc.JdbcReceiptStore;
import ai.datafog.application.idempotency.IdempotencyService;
import ai.datafog.application.idempotency.SealedBodies;
import ai.datafog.application.port.out.IdempotencyStore;
import ai.datafog.application.receipt.ReceiptQueryService;
import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.receipt.ReceiptIdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Receipts and idempotency: the JDBC stores, their use cases and the HTTP idempotency helper. */
@Configuration(proxyBeanMethods = false)
class ReceiptWiring {

    private static final Duration MIN_CLAIM_TIMEOUT = Duration.ofSeconds(30);

    /** Time-ordered (UUIDv7) receipt ids for the decide use case. */
    @Bean
    ReceiptIdGenerator receiptIdGenerator(Clock clock) {
        return new ReceiptIdGenerator(clock, new SecureRandom());
    }

    /** Closed before the data source: flushes every accepted receipt on shutdown. */
    @Bean(destroyMethod = "close")
    JdbcReceiptStore receiptStore(DataSource dataSource, DatafogConfig config, Scheduler blockingScheduler) {
        GroupCommitSettings settings = new GroupCommitSettings(config.receiptBatchSize(), config.receiptBatchLinger(),
                Math.max(config.receiptBatchSize() * 64, 10_000), config.shutdownTimeout());
        return new JdbcReceiptStore(dataSource, settings, blockingScheduler::schedule);
    }

    @Bean
    ReceiptQueryService receiptQueryService(JdbcReceiptStore receiptStore) {
        return new ReceiptQueryService(receiptStore);
    }

    @Bean
    JdbcIdempotencyStore idempotencyStore(DataSource dataSource) {
        return new JdbcIdempotencyStore(dataSource);
    }

    /**
     * A claim older than twice the request timeout (at least 30 s) is taken to belong to a dead request.
     * An idempotent handler runs on past its request's timeout, so a handler slower than this (none but
     * a pathological one) loses its key to a retry; IdempotencyService logs it.
     */
    @Bean
    IdempotencyService idempotencyService(IdempotencyStore idempotencyStore, DatafogConfig config, DigestKeys digestKeys,
                                          Clock clock) {
        Digests digests = digestKeys.hashes();
        Duration claimTimeout = config.requestTimeout().multipliedBy(2);
        return new IdempotencyService(idempotencyStore, digests, new SealedBodies(digests, new SecureRandom()), clock,
                config.idempotencyTtl(), claimTimeout.compareTo(MIN_CLAIM_TIMEOUT) < 0 ? MIN_CLAIM_TIMEOUT : claimTimeout);
    }

    @Bean
    Idempotency idempotency(IdempotencyService idempotencyService, BlockingCalls blockingCalls, JsonMapper jsonMapper,
                            DatafogConfig config) {
        return new Idempotency(idempotencyService, blockingCalls, jsonMapper, config.requestTimeout());
    }
}
