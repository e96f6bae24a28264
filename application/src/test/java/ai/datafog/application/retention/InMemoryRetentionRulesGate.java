package ai.datafog.application.retention;

import ai.datafog.application.port.out.RetentionRulesGate;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** A {@link RetentionRulesGate} in one process: gated work runs under one lock, which tests can ask about. */
public final class InMemoryRetentionRulesGate implements RetentionRulesGate {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T whileRulesSettled(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    public boolean heldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
