package ai.datafog.adapter.http.scan;

import ai.datafog.adapter.http.FindingJson;
import ai.datafog.adapter.http.HttpSettings;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.policy.PolicyIdentity;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The body of a successful {@code POST /v1/scan} (SPEC §4.2). */
record ScanResponse(@JsonProperty("request_id") String requestId,
                    @JsonProperty("trace_id") String traceId,
                    List<FindingJson> findings,
                    @JsonProperty("policy_id") String policyId,
                    @JsonProperty("policy_version") String policyVersion) {

    static ScanResponse from(String requestId, String traceId, List<Finding> findings, PolicyIdentity policy,
                             HttpSettings settings) {
        return new ScanResponse(requestId, traceId, findings.stream().map(f -> FindingJson.from(f, settings)).toList(),
                policy.id(), policy.version());
    }
}
