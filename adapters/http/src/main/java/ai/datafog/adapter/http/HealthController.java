package ai.datafog.adapter.http;

import ai.datafog.application.port.in.CheckHealthUseCase;
import ai.datafog.application.port.in.CheckHealthUseCase.HealthReport;
import ai.datafog.application.port.in.GetPolicyVersionUseCase;
import ai.datafog.domain.policy.PolicyIdentity;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /health}: public, 503 {@code degraded} when the receipts database is unreachable. */
@RestController
public class HealthController {

    private final CheckHealthUseCase health;
    private final GetPolicyVersionUseCase policyVersion;
    private final BlockingCalls blocking;

    public HealthController(CheckHealthUseCase health, GetPolicyVersionUseCase policyVersion, BlockingCalls blocking) {
        this.health = health;
        this.policyVersion = policyVersion;
        this.blocking = blocking;
    }

    @GetMapping("/health")
    public Mono<ResponseEntity<HealthResponse>> health() {
        return blocking.call(health::check).map(report -> ResponseEntity
                .status(report.healthy() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(HealthResponse.from(report, policyVersion.currentVersion())));
    }

    /** The body of {@code GET /health}. */
    public record HealthResponse(String status,
                                 @JsonProperty("policy_id") String policyId,
                                 @JsonProperty("policy_version") String policyVersion,
                                 @JsonProperty("started_at") String startedAt) {

        static HealthResponse from(HealthReport report, PolicyIdentity policy) {
            return new HealthResponse(report.healthy() ? "ok" : "degraded", policy.id(), policy.version(),
                    report.startedAt().toString());
        }
    }
}
