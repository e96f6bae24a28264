package ai.datafog.adapter.http;

import ai.datafog.application.port.in.GetPolicyVersionUseCase;
import ai.datafog.domain.policy.PolicyIdentity;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/policy/version}: the policy in force. */
@RestController
public class PolicyController {

    private final GetPolicyVersionUseCase policyVersion;

    public PolicyController(GetPolicyVersionUseCase policyVersion) {
        this.policyVersion = policyVersion;
    }

    @GetMapping(value = "/v1/policy/version", produces = MediaType.APPLICATION_JSON_VALUE)
    public PolicyVersionResponse version() {
        return PolicyVersionResponse.from(policyVersion.currentVersion());
    }

    /** The body of {@code GET /v1/policy/version}. */
    public record PolicyVersionResponse(@JsonProperty("policy_id") String policyId,
                                        @JsonProperty("policy_version") String policyVersion) {

        static PolicyVersionResponse from(PolicyIdentity identity) {
            return new PolicyVersionResponse(identity.id(), identity.version());
        }
    }
}
