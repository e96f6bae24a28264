package ai.datafog.application.port.out;

import java.util.function.Supplier;

/**
 * Orders changes to the retention rules (legal holds placed or released, retention policies set or
 * removed) with the deletes that depend on them, across every replica. Work run here sees every change
 * committed before it began, and no change commits until it returns (the change waits), so what the work
 * deletes by the rules it read was deleted under rules that were still in force: a hold whose placement
 * was acknowledged is honoured by every batch that runs after it.
 */
public interface RetentionRulesGate {

    /** Runs {@code work} with the rules settled; deletes it makes are committed before any change can be. */
    <T> T whileRulesSettled(Supplier<T> work);
}
