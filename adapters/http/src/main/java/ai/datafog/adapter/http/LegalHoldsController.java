package ai.datafog.adapter.http;

import ai.datafog.application.port.in.ManageLegalHoldsUseCase;
import ai.datafog.application.port.in.ManageLegalHoldsUseCase.PlaceHoldCommand;
import ai.datafog.application.port.in.ManageLegalHoldsUseCase.ReleaseOutcome;
import ai.datafog.domain.retention.HoldId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;

/** Legal holds (SPEC §4.2, §9): place, list, release; released holds stay listed. */
@RestController
public class LegalHoldsController {

    private final ManageLegalHoldsUseCase holds;
    private final BlockingCalls blocking;

    public LegalHoldsController(ManageLegalHoldsUseCase holds, BlockingCalls blocking) {
        this.holds = holds;
        this.blocking = blocking;
    }

    @PostMapping(path = "/v1/retention/holds", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<LegalHoldResponse>> place(@RequestBody byte[] body) {
        JsonBody json = JsonBody.parse(body);
        PlaceHoldCommand command = new PlaceHoldCommand(RetentionRequests.requiredId(json, "tenant_id"),
                RetentionRequests.optionalId(json, "actor_id"), RetentionRequests.reason(json));
        return blocking.call(() -> holds.place(command)).map(hold -> ResponseEntity
                .created(URI.create("/v1/retention/holds/" + hold.id()))
                .body(LegalHoldResponse.from(hold)));
    }

    @GetMapping("/v1/retention/holds")
    public Mono<LegalHoldResponse.Listing> list() {
        return blocking.call(() -> LegalHoldResponse.Listing.from(holds.list()));
    }

    @DeleteMapping("/v1/retention/holds/{id}")
    public Mono<ResponseEntity<LegalHoldResponse>> release(@PathVariable String id) {
        HoldId holdId = HoldId.parse(id).orElseThrow(RetentionRequests::unknownHold);
        return blocking.call(() -> holds.release(holdId)).map(outcome -> {
            if (outcome instanceof ReleaseOutcome.Released released) {
                return ResponseEntity.status(HttpStatus.OK).body(LegalHoldResponse.from(released.hold()));
            }
            if (outcome instanceof ReleaseOutcome.AlreadyReleased) {
                throw new ApiException(ErrorCode.CONFLICT, "legal hold is already released");
            }
            throw RetentionRequests.unknownHold();
        });
    }
}
