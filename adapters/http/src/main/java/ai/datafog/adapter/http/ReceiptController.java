package ai.datafog.adapter.http;

import ai.datafog.application.port.in.GetReceiptUseCase;
import ai.datafog.application.port.in.QueryReceiptsUseCase;
import ai.datafog.domain.receipt.ReceiptQuery;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/** {@code GET /v1/receipts/{id}} and {@code GET /v1/receipts} (SPEC §4.2). */
@RestController
public class ReceiptController {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final GetReceiptUseCase getReceipt;
    private final QueryReceiptsUseCase queryReceipts;
    private final BlockingCalls blocking;

    public ReceiptController(GetReceiptUseCase getReceipt, QueryReceiptsUseCase queryReceipts, BlockingCalls blocking) {
        this.getReceipt = getReceipt;
        this.queryReceipts = queryReceipts;
        this.blocking = blocking;
    }

    @GetMapping("/v1/receipts/{id}")
    public Mono<ReceiptResponse> receipt(@PathVariable("id") String id) {
        if (!UUID_TEXT.matcher(id).matches()) {
            return Mono.error(notFound());
        }
        UUID receiptId = UUID.fromString(id);
        return blocking.call(() -> getReceipt.get(receiptId))
                .flatMap(found -> found.map(ReceiptResponse::from).map(Mono::just).orElseGet(() -> Mono.error(notFound())));
    }

    @GetMapping("/v1/receipts")
    @Parameter(in = ParameterIn.QUERY, name = "tenant_id",
            description = "only receipts with this tenant_id",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "actor_id",
            description = "only receipts with this actor_id",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "session_id",
            description = "only receipts with this session_id",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "policy_version",
            description = "only receipts with this policy_version",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "rule_id",
            description = "only receipts one of whose matched rules is this rule_id",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "decision",
            description = "only receipts with this decision",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "from",
            description = "RFC 3339, inclusive",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(in = ParameterIn.QUERY, name = "to",
            description = "RFC 3339, exclusive",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(in = ParameterIn.QUERY, name = "limit",
            description = "page size, 1.." + ReceiptQuery.MAX_LIMIT + " (default " + ReceiptQuery.DEFAULT_LIMIT + ")",
            schema = @Schema(type = "integer", minimum = "1", maximum = "" + ReceiptQuery.MAX_LIMIT))
    @Parameter(in = ParameterIn.QUERY, name = "cursor",
            description = QueryParameters.CURSOR_DESCRIPTION,
            schema = @Schema(type = "string"))
    public Mono<ReceiptListResponse> receipts(ServerWebExchange exchange) {
        return Mono.defer(() -> {
            var query = ReceiptQueryParameters.parse(exchange.getRequest().getQueryParams());
            return blocking.call(() -> queryReceipts.query(query)).map(ReceiptListResponse::from);
        });
    }

    private static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND, "no such receipt");
    }
}
