package ai.datafog.bootstrap;

import ai.datafog.adapter.http.DetachedCalls;
import ai.datafog.adapter.jdbc.JdbcIdempotencyStore;
import ai.datafog.adapter.jdbc.JdbcLegalHoldStore;
import ai.datafog.adapter.jdbc.JdbcPurgeLease;
import ai.datafog.adapter.jdbc.JdbcPurgeRecordStore;
import ai.datafog.adapter.jdbc.JdbcReceiptPurgeTarget;
import ai.datafog.adapter.jdbc.JdbcRetentionPolicyStore;
import ai.datafog.adapter.jdbc.JdbcRetentionRulesGate;
import ai.datafog.application.port.in.EraseSubjectUseCase;
import ai.datafog.application.port.in.ManageLegalHoldsUseCase;
import ai.datafog.application.port.in.ManageRetentionPoliciesUseCase;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeCommand;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeOutcome;
import ai.datafog.application.port.in.QueryPurgeRecordsUseCase;
import ai.datafog.application.port.out.LegalHoldStore;
import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.application.port.out.RetentionPolicyStore;
import ai.datafog.application.port.out.RetentionRulesGate;
import ai.datafog.application.retention.ErasureService;
import ai.datafog.application.retention.LegalHoldService;
import ai.datafog.application.retention.PurgeRecordQueryService;
import ai.datafog.application.retention.PurgeService;
import ai.datafog.application.retention.PurgeSettings;
import ai.datafog.application.retention.RetentionPolicyService;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Retention (SPEC §9): stores, the purge and erasure services, and the scheduler that runs the purge
 * on {@code DATAFOG_PURGE_CRON} (evaluated in UTC; {@code -} disables it).
 */
@Configuration(proxyBeanMethods = false)
class RetentionWiring {

    private static final Logger log = LoggerFactory.getLogger(RetentionWiring.class);
    private static final int RETENTION_THREADS = 4;
    private static final int RETENTION_QUEUE_CAPACITY = 1_000;

    /**
     * Threads of their own for purges and erasures, which hold one for minutes: on the shared JDBC
     * scheduler, work queued behind a running purge (the receipt writer's completions) waited for it to end.
     */
    @Bean(destroyMethod = "dispose")
    Scheduler retentionScheduler() {
        return Schedulers.newBoundedElastic(RETENTION_THREADS, RETENTION_QUEUE_CAPACITY, "datafog-retention");
    }

    /** Purges and erasures run to the end even when the HTTP caller stops waiting. */
    @Bean
    DetachedCalls detachedCalls(Scheduler retentionScheduler) {
        return new DetachedCalls(retentionScheduler);
    }

    @Bean
    RetentionPolicyStore retentionPolicyStore(DataSource dataSource) {
        return new JdbcRetentionPolicyStore(dataSource);
    }

    @Bean
    LegalHoldStore legalHoldStore(DataSource dataSource) {
        return new JdbcLegalHoldStore(dataSource);
    }

    @Bean
    PurgeRecordStore purgeRecordStore(DataSource dataSource) {
        return new JdbcPurgeRecordStore(dataSource);
    }

    @Bean
    RetentionRulesGate retentionRulesGate(DataSource dataSource) {
        return new JdbcRetentionRulesGate(dataSource);
    }

    @Bean
    ReceiptPurgeTarget receiptPurgeTarget(DataSource dataSource) {
        return new JdbcReceiptPurgeTarget(dataSource);
    }

    /**
     * At start, receipts of this month and the next two get droppable partitions (PostgreSQL; nothing on
     * H2); every purge does the same, so a service that runs purges never writes to the default partition.
     */
    @Bean
    ApplicationRunner upcomingReceiptPartitions(ReceiptPurgeTarget receipts, Clock clock) {
        return arguments -> receipts.createUpcomingPartitions(clock.instant());
    }

    /** Owner names are unique per process, so a restarted replica never mistakes an old lease for its own. */
    @Bean(destroyMethod = "stop")
    PurgeService purgeService(DatafogConfig config, DataSource dataSource, RetentionPolicyStore policies,
                              LegalHoldStore holds, PurgeRecordStore records, ReceiptPurgeTarget receipts,
                              JdbcIdempotencyStore idempotencyStore, RetentionRulesGate gate, Clock clock) {
        PurgeSettings settings = new PurgeSettings(new Retention(config.retention()), config.purgeBatchSize(),
                config.idempotencyTtl(), config.purgeRecordRetention(), config.purgeLeaseDuration(), ownerName());
        return new PurgeService(policies, holds, records, receipts, idempotencyStore,
                new JdbcPurgeLease(dataSource, JdbcPurgeLease.RECEIPT_PURGE), gate, settings, clock);
    }

    @Bean
    EraseSubjectUseCase eraseSubjectUseCase(DatafogConfig config, LegalHoldStore holds, PurgeRecordStore records,
                                            ReceiptPurgeTarget receipts, RetentionRulesGate gate, Clock clock) {
        return new ErasureService(holds, records, receipts, gate, config.purgeBatchSize(), clock);
    }

    @Bean
    ManageRetentionPoliciesUseCase manageRetentionPoliciesUseCase(DatafogConfig config, RetentionPolicyStore policies,
                                                                  Clock clock) {
        return new RetentionPolicyService(policies, new Retention(config.retention()), clock);
    }

    @Bean
    ManageLegalHoldsUseCase manageLegalHoldsUseCase(LegalHoldStore holds, Clock clock) {
        return new LegalHoldService(holds, clock);
    }

    @Bean
    QueryPurgeRecordsUseCase queryPurgeRecordsUseCase(PurgeRecordStore records) {
        return new PurgeRecordQueryService(records);
    }

    /**
     * One thread: a scheduled purge never overlaps itself in this process (the lease covers the
     * others). A daemon: it never keeps a process alive that is stopping or failed to start.
     */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler purgeScheduler(DatafogConfig config, PurgeService purge) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("datafog-purge-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.setDaemon(true);
        scheduler.initialize();
        config.purgeCron().ifPresentOrElse(cron -> {
            scheduler.schedule(() -> runScheduled(purge, cron), new CronTrigger(cron, ZoneOffset.UTC));
            log.info("scheduled purge: cron '{}' (UTC)", cron);
        }, () -> log.info("scheduled purge disabled (DATAFOG_PURGE_CRON=-)"));
        return scheduler;
    }

    private static void runScheduled(PurgeService purge, String cron) {
        try {
            PurgeOutcome outcome = purge.purge(new PurgeCommand(PurgeKind.SCHEDULED, false, DatafogConfig.SCHEDULED_TRIGGER_PREFIX + cron));
            if (outcome instanceof PurgeOutcome.Ran ran) {
                log.info("scheduled purge {} {}: {} receipts deleted", ran.record().id(),
                        ran.record().status().wireName(), ran.record().rowsDeleted());
            } else {
                log.info("scheduled purge skipped: another replica holds the purge lease");
            }
        } catch (RuntimeException failure) {
            log.error("scheduled purge could not run: {}", failure.getClass().getName());
        }
    }

    private static String ownerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "unknown-host";
        }
        if (host.length() > 100) {
            host = host.substring(0, 100);
        }
        return host + "/" + UUID.randomUUID();
    }
}
