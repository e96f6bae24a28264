package ai.datafog.adapter.http;

import ai.datafog.application.port.in.GetReceiptUseCase;
import ai.datafog.application.port.in.QueryReceiptsUseCase;
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
