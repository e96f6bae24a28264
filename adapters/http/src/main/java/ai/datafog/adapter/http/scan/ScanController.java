package ai.datafog.adapter.http.scan;

import ai.datafog.adapter.http.CpuWork;
import ai.datafog.adapter.http.HttpSettings;
import ai.datafog.adapter.http.Idempotency;
import ai.datafog.adapter.http.RequestIds;
import ai.datafog.application.port.in.GetPolicyVersionUseCase;
import ai.datafog.application.port.in.ScanTextUseCase;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /v1/scan}: the findings in a text. Parsing and scanning are CPU work, placed by
 * {@link CpuWork} (inline for small bodies, the parallel scheduler for large ones).
 */
@RestController
public class ScanController {

    private final ScanTextUseCase scanText;
    private final GetPolicyVersionUseCase policyVersion;
    private final Idempotency idempotency;
    private final HttpSettings settings;

    public ScanController(ScanTextUseCase scanText, GetPolicyVersionUseCase policyVersion, Idempotency idempotency,
                          HttpSettings settings) {
        this.scanText = scanText;
        this.policyVersion = policyVersion;
        this.idempotency = idempotency;
        this.settings = settings;
    }

    @PostMapping(path = "/v1/scan", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> scan(@RequestBody byte[] body, ServerWebExchange exchange) {
        String headerRequestId = RequestIds.of(exchange);
        return CpuWork.of(body, () -> ScanRequest.parse(body))
                .flatMap(request -> idempotency.run("scan", exchange, request.body(), () -> CpuWork.of(body, () -> {
                    var result = scanText.scan(request.command());
                    return ResponseEntity.ok(ScanResponse.from(request.requestId().orElse(headerRequestId),
                            request.traceId().orElse(null), result.findings(), policyVersion.currentVersion(), settings));
                })));
    }
}
