package ai.datafog.adapter.http;

import ai.datafog.application.port.in.ManageRetentionPoliciesUseCase.RetentionPolicies;
import ai.datafog.domain.retention.RetentionPolicy;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One tenant's retention on the wire. */
public record RetentionPolicyResponse(@JsonProperty("tenant_id") String tenantId, String retention,
                                      @JsonProperty("updated_at") String updatedAt) {

    static RetentionPolicyResponse from(RetentionPolicy policy) {
        return new RetentionPolicyResponse(policy.tenantId(), policy.retention().iso(), policy.updatedAt().toString());
    }

    /** The body of {@code GET /v1/retention/policies}. */
    public record Listing(@JsonProperty("default_retention") String defaultRetention,
                          List<RetentionPolicyResponse> policies) {

        public Listing {
            policies = List.copyOf(policies);
        }

        static Listing from(RetentionPolicies policies) {
            return new Listing(policies.defaultRetention().iso(),
                    policies.policies().stream().map(RetentionPolicyResponse::from).toList());
        }
    }
}
