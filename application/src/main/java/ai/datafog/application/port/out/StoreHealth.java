package ai.datafog.application.port.out;

/** Tells whether the receipts database answers right now. */
public interface StoreHealth {

    boolean isReachable();
}
