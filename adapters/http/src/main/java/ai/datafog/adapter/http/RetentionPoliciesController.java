package ai.datafog.adapter.http;

import ai.datafog.application.port.in.ManageRetentionPoliciesUseCase;
import ai.datafog.domain.retention.Retention;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Per-tenant retention policies (SPEC §4.2, §9); admin routes under {@code /v1/retention/}. */
@RestController
public class RetentionPoliciesController {

    private final ManageRetentionPoliciesUseCase policies;
    private final BlockingCalls blocking;

    public RetentionPoliciesController(ManageRetentionPoliciesUseCase policies, BlockingCalls blocking) {
        this.policies = policies;
        this.blocking = blocking;
    }

    @GetMapping("/v1/retention/policies")
    public Mono<RetentionPolicyResponse.Listing> list() {
        return blocking.call(() -> RetentionPolicyResponse.Listing.from(policies.list()));
    }

    @PutMapping(path = "/v1/retention/policies/{tenantId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<RetentionPolicyResponse> put(@PathVariable String tenantId, @RequestBody byte[] body) {
        String tenant = RetentionRequests.tenantId(tenantId);
        Retention retention = RetentionRequests.retention(JsonBody.parse(body).requiredString("retention"));
        return blocking.call(() -> RetentionPolicyResponse.from(policies.set(tenant, retention)));
    }

    @DeleteMapping("/v1/retention/policies/{tenantId}")
    public Mono<RetentionPolicyResponse> delete(@PathVariable String tenantId) {
        String tenant = RetentionRequests.tenantId(tenantId);
        return blocking.call(() -> policies.remove(tenant).map(RetentionPolicyResponse::from)
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no retention policy for this tenant")));
    }
}
