package ai.datafog.domain.retention;

import java.util.Objects;

/** What a purge looked at: every tenant's expired receipts, or one subject's receipts. */
public sealed interface PurgeScope {

    /** Expired receipts of every tenant, plus expired idempotency and purge records. */
    record AllTenants() implements PurgeScope {
    }

    /** All receipts of one subject, expired or not. */
    record Subject(ErasureScope erasure) implements PurgeScope {

        public Subject {
            Objects.requireNonNull(erasure, "erasure");
        }
    }

    static PurgeScope allTenants() {
        return new AllTenants();
    }
}
