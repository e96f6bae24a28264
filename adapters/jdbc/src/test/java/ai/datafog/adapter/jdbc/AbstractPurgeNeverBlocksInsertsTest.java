package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeOutcome;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §9 "purging never blocks decisions": while a large purge deletes in short batches, receipt
 * inserts (what a decision writes) keep completing, each well within a generous bound.
 */
abstract class AbstractPurgeNeverBlocksInsertsTest extends RetentionFixture {

    private static final int EXPIRED = 60_000;
    private static final int BATCH = 500;
    private static final Duration INSERT_BOUND = Duration.ofSeconds(2);

    AbstractPurgeNeverBlocksInsertsTest(MigratedDatabase database) {
        super(database);
    }

    @Test
    @DisplayName("inserts keep completing, none waiting more than 2 s, while 60,000 expired receipts are purged")
    void insertsContinueDuringPurge() throws Exception {
        SeededReceipts.insertMany(database, EXPIRED, "acme", "a", daysAgo(100));

        CompletableFuture<PurgeOutcome> purge = CompletableFuture.supplyAsync(
                () -> service("purger", BATCH).purge(scheduled()));
        List<Long> latenciesMillis = new ArrayList<>();
        List<UUID> inserted = new ArrayList<>();
        while (!purge.isDone()) {
            long start = System.nanoTime();
            inserted.add(SeededReceipts.insert(database, "acme", "a", null, clock.instant()));
            latenciesMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            Thread.sleep(2);
        }
        PurgeRecord record = ran(purge.get(5, TimeUnit.MINUTES));

        assertThat(record.status()).isEqualTo(PurgeStatus.SUCCEEDED);
        assertThat(record.rowsDeleted()).isEqualTo(EXPIRED);
        assertThat(inserted).as("inserts completed while the purge ran").hasSizeGreaterThan(20);
        assertThat(latenciesMillis.stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("slowest insert during the purge, ms").isLessThan(INSERT_BOUND.toMillis());
        assertThat(new HashSet<>(SeededReceipts.ids(database))).isEqualTo(new HashSet<>(inserted));
        System.out.printf("purge of %d rows: %d inserts meanwhile, slowest %d ms%n", EXPIRED, inserted.size(),
                latenciesMillis.stream().mapToLong(Long::longValue).max().orElseThrow());
    }
}
