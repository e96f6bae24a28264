package ai.datafog.adapter.http;

import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldPage;
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

    /** The body of {@code GET /v1/retention/holds}: a page, and the cursor of the next one or null. */
    public record Listing(List<LegalHoldResponse> holds, @JsonProperty("next_cursor") String nextCursor) {

        public Listing {
            holds = List.copyOf(holds);
        }

        static Listing from(HoldPage page) {
            return new Listing(page.holds().stream().map(LegalHoldResponse::from).toList(),
                    page.next().map(HoldId::toString).orElse(null));
        }
    }
}
