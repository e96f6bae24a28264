package ai.datafog.adapter.http;

import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordPage;
import ai.datafog.domain.retention.PurgeScope;
import ai.datafog.domain.retention.TenantPurge;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/** A purge record (SPEC §9 evidence) on the wire. */
public record PurgeRecordResponse(
        @JsonProperty("purge_id") String purgeId,
        String kind,
        @JsonProperty("dry_run") boolean dryRun,
        String trigger,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        String status,
        Scope scope,
        List<Tenant> tenants,
        @JsonProperty("rows_deleted") long rowsDeleted,
        @JsonProperty("idempotency_records_deleted") long idempotencyRecordsDeleted,
        @JsonProperty("purge_records_deleted") long purgeRecordsDeleted,
        String error) {

    public PurgeRecordResponse {
        tenants = List.copyOf(tenants);
    }

    static PurgeRecordResponse from(PurgeRecord record) {
        return new PurgeRecordResponse(record.id().toString(), record.kind().wireName(), record.dryRun(),
                record.trigger(), record.startedAt().toString(), record.finishedAt().map(Instant::toString).orElse(null),
                record.status().wireName(), Scope.from(record.scope()),
                record.tenants().stream().map(Tenant::from).toList(), record.rowsDeleted(),
                record.idempotencyRecordsDeleted(), record.purgeRecordsDeleted(), record.error().orElse(null));
    }

    /** {@code all_tenants}, or the {@code subject} of an erasure with the ids it was given. */
    public record Scope(String type, @JsonProperty("tenant_id") String tenantId,
                        @JsonProperty("actor_id") String actorId, @JsonProperty("session_id") String sessionId) {

        static Scope from(PurgeScope scope) {
            if (scope instanceof PurgeScope.Subject subject) {
                return new Scope("subject", subject.erasure().tenantId(),
                        subject.erasure().actorId().orElse(null), subject.erasure().sessionId().orElse(null));
            }
            return new Scope("all_tenants", null, null, null);
        }
    }

    /** One tenant's cutoff and count; {@code tenant_id} null is the receipts without a tenant. */
    public record Tenant(@JsonProperty("tenant_id") String tenantId, String retention, String cutoff, long receipts,
                         @JsonProperty("tenant_held") boolean tenantHeld, @JsonProperty("actors_held") int actorsHeld) {

        static Tenant from(TenantPurge tenant) {
            return new Tenant(tenant.tenantId().orElse(null), tenant.retention().iso(), tenant.cutoff().toString(),
                    tenant.receipts(), tenant.tenantHeld(), tenant.actorsHeld());
        }
    }

    /** The body of {@code GET /v1/retention/purges}: a page, and the cursor of the next one (null on the last). */
    public record Listing(List<PurgeRecordResponse> purges, @JsonProperty("next_cursor") String nextCursor) {

        public Listing {
            purges = List.copyOf(purges);
        }

        static Listing from(PurgeRecordPage page) {
            return new Listing(page.records().stream().map(PurgeRecordResponse::from).toList(),
                    page.next().map(PurgeId::toString).orElse(null));
        }
    }
}
