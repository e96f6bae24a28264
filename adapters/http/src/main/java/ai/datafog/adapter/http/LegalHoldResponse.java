package ai.datafog.adapter.http;

import ai.datafog.domain.retention.LegalHold;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/** A legal hold on the wire; {@code actor_id} null means tenant-wide. */
public record LegalHoldResponse(@JsonProperty("hold_id") String holdId, @JsonProperty("tenant_id") String tenantId,
                                @JsonProperty("actor_id") String actorId, String reason,
                                @JsonProperty("created_at") String createdAt,
                                @JsonProperty("released_at") String releasedAt, boolean active) {

    static LegalHoldResponse from(LegalHold hold) {
        return new LegalHoldResponse(hold.id().toString(), hold.tenantId(), hold.actorId().orElse(null), hold.reason(),
                hold.createdAt().toString(), hold.releasedAt().map(Instant::toString).orElse(null), hold.isActive());
    }

    /** The body of {@code GET /v1/retention/holds}. */
    public record Listing(List<LegalHoldResponse> holds) {

        public Listing {
            holds = List.copyOf(holds);
        }

        static Listing from(List<LegalHold> holds) {
            return new Listing(holds.stream().map(LegalHoldResponse::from).toList());
        }
    }
}
