package ai.datafog.adapter.http;

import ai.datafog.application.port.in.PurgeReceiptsUseCase;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeCommand;
import ai.datafog.application.port.in.PurgeReceiptsUseCase.PurgeOutcome;
import ai.datafog.application.port.in.QueryPurgeRecordsUseCase;
import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeStatus;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
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

    /** Newest first; {@code kind}, {@code status}, {@code limit} (1..500, 50) and {@code cursor} from the query string. */
    @GetMapping("/v1/retention/purges")
    @Parameter(in = ParameterIn.QUERY, name = "kind",
            description = "only records of this kind (as the records' kind field)",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "status",
            description = "only records in this status (as the records' status field)",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "limit",
            description = "page size, 1.." + PurgeRecordQuery.MAX_LIMIT + " (default " + PurgeRecordQuery.DEFAULT_LIMIT + ")",
            schema = @Schema(type = "integer", minimum = "1", maximum = "" + PurgeRecordQuery.MAX_LIMIT))
    @Parameter(in = ParameterIn.QUERY, name = "cursor",
            description = QueryParameters.CURSOR_DESCRIPTION,
            schema = @Schema(type = "string"))
    public Mono<PurgeRecordResponse.Listing> list(ServerWebExchange exchange) {
        MultiValueMap<String, String> parameters = exchange.getRequest().getQueryParams();
        PurgeRecordQuery query = new PurgeRecordQuery(
                QueryParameters.oneOf(parameters, "kind", PurgeKind.values(), PurgeKind::wireName),
                QueryParameters.oneOf(parameters, "status", PurgeStatus.values(), PurgeStatus::wireName),
                QueryParameters.cursor(parameters, PurgeId::parse),
                QueryParameters.limit(parameters, PurgeRecordQuery.DEFAULT_LIMIT, PurgeRecordQuery.MAX_LIMIT));
        return blocking.call(() -> records.list(query).map(PurgeRecordResponse.Listing::from)
                .orElseThrow(QueryParameters::invalidCursor));
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
