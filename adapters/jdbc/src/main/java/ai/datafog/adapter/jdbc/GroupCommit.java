package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Groups concurrent writes into one transaction. One writer thread takes the first waiting item,
 * lets others join for up to the linger (or until the batch is full), writes them all in one
 * transaction and then completes every item's future: normally after the commit, exceptionally
 * with {@link StoreUnavailableException} when the transaction failed. A batch the database refuses for
 * its data (SQLSTATE class 22 or 23: a value it cannot store, a duplicate key) is written again one
 * item per transaction, so one bad item fails alone and never its neighbours. Futures complete on the
 * given executor, never on the writer thread, so callers' continuations cannot stall the writer.
 *
 * @param <T> what is written
 */
final class GroupCommit<T> implements AutoCloseable {

    /** Writes one batch in one transaction, or throws and leaves nothing of it behind. */
    interface BatchWriter<T> {
        void write(List<T> batch) throws Exception;
    }

    private record Pending<T>(T item, CompletableFuture<Void> done) {
    }

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final long IDLE_POLL_MILLIS = 50;
    /** SQLSTATE classes of a refusal caused by the rows themselves, not by the database or the connection. */
    private static final Set<String> DATA_REFUSALS = Set.of("22", "23");

    private final GroupCommitSettings settings;
    private final BatchWriter<T> writer;
    private final Executor completions;
    private final BlockingQueue<Pending<T>> queue;
    private final Thread thread;
    private final Object admission = new Object();
    private final AtomicLong transactions = new AtomicLong();
    private volatile boolean closed;

    GroupCommit(String name, GroupCommitSettings settings, BatchWriter<T> writer, Executor completions) {
        this.settings = settings;
        this.writer = writer;
        this.completions = completions;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    CompletableFuture<Void> submit(T item) {
        Pending<T> pending = new Pending<>(item, new CompletableFuture<>());
        synchronized (admission) {
            if (closed) {
                return CompletableFuture.failedFuture(notDurable("the receipt store is shutting down", null));
            }
            if (!queue.offer(pending)) {
                return CompletableFuture.failedFuture(notDurable("too many receipts are waiting to be written", null));
            }
        }
        return pending.done();
    }

    /** Transactions committed so far (one per batch). */
    long committedTransactions() {
        return transactions.get();
    }

    /** Refuses new items, writes every waiting one, and stops the writer (within the drain timeout). */
    @Override
    public void close() {
        synchronized (admission) {
            closed = true;
        }
        try {
            thread.join(Math.max(1, settings.drainTimeout().toMillis()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(settings.batchSize());
        try {
            while (!closed || !queue.isEmpty()) {
                Pending<T> first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                write(batch);
                batch.clear();
            }
        } catch (InterruptedException interrupted) {
            List<Pending<T>> left = new ArrayList<>(batch);
            queue.drainTo(left);
            fail(left, notDurable("the receipt store stopped before the receipt was written", null));
        }
    }

    private void gather(List<Pending<T>> batch) throws InterruptedException {
        long deadline = System.nanoTime() + settings.linger().toNanos();
        while (batch.size() < settings.batchSize()) {
            queue.drainTo(batch, settings.batchSize() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= settings.batchSize() || left <= 0 || closed) {
                return;
            }
            // Short slices, so a close() during a long linger flushes at once.
            Pending<T> next = queue.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(IDLE_POLL_MILLIS)), TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
            }
        }
    }

    private void write(List<Pending<T>> batch) {
        List<T> items = new ArrayList<>(batch.size());
        batch.forEach(pending -> items.add(pending.item()));
        try {
            writer.write(items);
        } catch (Exception | Error failure) {
            String state = Failures.sqlState(failure);
            if (batch.size() > 1 && state != null && state.length() == 5 && DATA_REFUSALS.contains(state.substring(0, 2))) {
                log.warn("a batch of {} receipts was refused for its data ({}); writing them one at a time",
                        batch.size(), Failures.describe(failure));
                batch.forEach(pending -> write(List.of(pending)));
                return;
            }
            log.warn("a batch of {} receipts could not be committed: {}", batch.size(), Failures.describe(failure));
            fail(batch, notDurable("receipt could not be made durable", failure));
            return;
        }
        transactions.incrementAndGet();
        for (Pending<T> pending : batch) {
            complete(() -> pending.done().complete(null));
        }
    }

    private void fail(List<Pending<T>> batch, StoreUnavailableException failure) {
        for (Pending<T> pending : batch) {
            complete(() -> pending.done().completeExceptionally(failure));
        }
    }

    private void complete(Runnable completion) {
        try {
            completions.execute(completion);
        } catch (RejectedExecutionException busy) {
            completion.run();
        }
    }

    private static StoreUnavailableException notDurable(String message, Throwable cause) {
        return new StoreUnavailableException(message, cause);
    }
}
