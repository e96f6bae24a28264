package ai.datafog.adapter.http;

import ai.datafog.application.port.in.PurgeReceiptsUseCase;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeCommand;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeOutcome;
import ai.datafog.application.port.in.QueryPurgeRecordsUseCase;
import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeKind;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Purges run by hand and the purge evidence (SPEC §4.2, §9). */
@RestController
public class PurgesController {

    private static final int DEFAULT_LIMIT = 50;

    private final PurgeReceiptsUseCase purges;
    private final QueryPurgeRecordsUseCase records;
    private final BlockingCalls blocking;
    private final DetachedCalls detached;

    public PurgesController(PurgeReceiptsUseCase purges, QueryPurgeRecordsUseCase records, BlockingCalls blocking,
                            DetachedCalls detached) {
        this.purges = purges;
        this.records = records;
        this.blocking = blocking;
        this.detached = detached;
    }

    /** Runs a purge now and answers with its record; the body is optional ({@code {"dry_run": true}}). */
    @PostMapping(path = "/v1/retention/purges", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<PurgeRecordResponse>> run(@RequestBody(required = false) byte[] body,
                                                         ServerWebExchange exchange) {
        boolean dryRun = body == null || body.length == 0 ? false
                : JsonBody.parse(body).optionalBoolean("dry_run").orElse(false);
        PurgeCommand command = new PurgeCommand(PurgeKind.MANUAL, dryRun, RetentionRequests.trigger(exchange));
        return detached.call(() -> purges.purge(command)).map(outcome -> {
            if (outcome instanceof PurgeOutcome.Ran ran) {
                return RetentionRequests.created(ran.record());
            }
            throw new ApiException(ErrorCode.CONFLICT, "a purge is already running");
        });
    }

    @GetMapping("/v1/retention/purges")
    @Parameter(in = ParameterIn.QUERY, name = "limit",
            description = "how many of the newest records, 1.." + QueryPurgeRecordsUseCase.MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")",
            schema = @Schema(type = "integer", minimum = "1", maximum = "" + QueryPurgeRecordsUseCase.MAX_LIMIT))
    public Mono<PurgeRecordResponse.Listing> list(ServerWebExchange exchange) {
        int count = QueryParameters.limit(exchange.getRequest().getQueryParams(), DEFAULT_LIMIT,
                QueryPurgeRecordsUseCase.MAX_LIMIT);
        return blocking.call(() -> PurgeRecordResponse.Listing.from(records.recent(count)));
    }

    @GetMapping("/v1/retention/purges/{id}")
    public Mono<PurgeRecordResponse> find(@PathVariable String id) {
        PurgeId purgeId = PurgeId.parse(id).orElseThrow(PurgesController::unknownPurge);
        return blocking.call(() -> records.find(purgeId).map(PurgeRecordResponse::from)
                .orElseThrow(PurgesController::unknownPurge));
    }

    private static ApiException unknownPurge() {
        return new ApiException(ErrorCode.NOT_FOUND, "no such purge record");
    }
}
