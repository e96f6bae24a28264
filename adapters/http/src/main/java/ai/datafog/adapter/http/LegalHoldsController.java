package ai.datafog.adapter.http;

import ai.datafog.application.port.in.ManageLegalHoldsUseCase;
import ai.datafog.application.port.in.ManageLegalHoldsUseCase.PlaceHoldCommand;
import ai.datafog.application.port.in.ManageLegalHoldsUseCase.ReleaseOutcome;
import ai.datafog.domain.retention.HoldId;
import ai.datafog.domain.retention.HoldQuery;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Optional;

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

    /** Newest first; {@code tenant_id}, {@code active}, {@code limit} (1..500, 50) and {@code cursor} from the query string. */
    @GetMapping("/v1/retention/holds")
    @Parameter(in = ParameterIn.QUERY, name = "tenant_id",
            description = "only this tenant's holds",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "active",
            description = "true: only active holds; false: only released ones",
            schema = @Schema(type = "boolean"))
    @Parameter(in = ParameterIn.QUERY, name = "limit",
            description = "page size, 1.." + HoldQuery.MAX_LIMIT + " (default " + HoldQuery.DEFAULT_LIMIT + ")",
            schema = @Schema(type = "integer", minimum = "1", maximum = "" + HoldQuery.MAX_LIMIT))
    @Parameter(in = ParameterIn.QUERY, name = "cursor",
            description = QueryParameters.CURSOR_DESCRIPTION,
            schema = @Schema(type = "string"))
    public Mono<LegalHoldResponse.Listing> list(ServerWebExchange exchange) {
        MultiValueMap<String, String> parameters = exchange.getRequest().getQueryParams();
        HoldQuery query = new HoldQuery(Optional.ofNullable(QueryParameters.id(parameters, "tenant_id")),
                QueryParameters.bool(parameters, "active"), QueryParameters.cursor(parameters, HoldId::parse),
                QueryParameters.limit(parameters, HoldQuery.DEFAULT_LIMIT, HoldQuery.MAX_LIMIT));
        return blocking.call(() -> holds.list(query).map(LegalHoldResponse.Listing::from)
                .orElseThrow(QueryParameters::invalidCursor));
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
