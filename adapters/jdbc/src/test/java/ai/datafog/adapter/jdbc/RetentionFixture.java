package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeCommand;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeOutcome;
import ai.datafog.application.port.out.PurgeLease;
import ai.datafog.application.port.out.ReceiptPurgeTarget;
import ai.datafog.application.retention.PurgeService;
import ai.datafog.application.retention.PurgeSettings;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.Retention;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migrated database per test ({@link MigratedDatabase}, H2 or PostgreSQL as the subclass passes it) and purge
 * services wired to the real SQL adapters on it.
 */
abstract class RetentionFixture {

    protected final Clock clock = Clock.systemUTC();
    protected HikariDataSource database;

    @RegisterExtension
    final MigratedDatabase migrated;

    protected RetentionFixture(MigratedDatabase migrated) {
        this.migrated = migrated;
    }

    @BeforeEach
    void open() {
        database = migrated.get();
    }

    protected Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    protected PurgeService service(String owner, int batchSize, Duration lease, ReceiptPurgeTarget target) {
        return service(owner, batchSize, lease, target, new JdbcPurgeLease(database, JdbcPurgeLease.RECEIPT_PURGE));
    }

    protected PurgeService service(String owner, int batchSize, Duration leaseDuration, ReceiptPurgeTarget target,
                                   PurgeLease lease) {
        return new PurgeService(new JdbcRetentionPolicyStore(database), new JdbcLegalHoldStore(database),
                new JdbcPurgeRecordStore(database), target, new JdbcIdempotencyStore(database), lease,
                new JdbcRetentionRulesGate(database),
                new PurgeSettings(Retention.ofDays(90), batchSize, Duration.ofHours(24), Duration.ofDays(2557),
                        leaseDuration, owner), clock);
    }

    /** The shared purge lease, running {@code beforeRenew} each time a purge renews it (between batches). */
    protected PurgeLease leaseRenewedAfter(Runnable beforeRenew) {
        JdbcPurgeLease shared = new JdbcPurgeLease(database, JdbcPurgeLease.RECEIPT_PURGE);
        return new PurgeLease() {
            @Override
            public boolean tryAcquire(String owner, Duration duration) {
                return shared.tryAcquire(owner, duration);
            }

            @Override
            public boolean renew(String owner, Duration duration) {
                beforeRenew.run();
                return shared.renew(owner, duration);
            }

            @Override
            public void release(String owner) {
                shared.release(owner);
            }
        };
    }

    protected PurgeService service(String owner, int batchSize) {
        return service(owner, batchSize, Duration.ofMinutes(2), new JdbcReceiptPurgeTarget(database));
    }

    protected HookedPurgeTarget hooked(IntConsumer beforeBatch) {
        return new HookedPurgeTarget(new JdbcReceiptPurgeTarget(database), beforeBatch);
    }

    protected static PurgeRecord ran(PurgeOutcome outcome) {
        assertThat(outcome).isInstanceOf(PurgeOutcome.Ran.class);
        return ((PurgeOutcome.Ran) outcome).record();
    }

    protected static PurgeCommand scheduled() {
        return new PurgeCommand(PurgeKind.SCHEDULED, false, "test");
    }

}
