package ai.datafog.domain.retention;

import java.time.Instant;
import java.util.Objects;

/** A tenant's own retention, overriding the service default for that tenant's receipts. */
public record RetentionPolicy(String tenantId, Retention retention, Instant updatedAt) {

    public RetentionPolicy {
        SubjectIds.require("tenant_id", tenantId);
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
