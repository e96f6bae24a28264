package ai.datafog.adapter.http;

import ai.datafog.domain.receipt.PlannedTransform;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.RedactedAction;
import ai.datafog.domain.receipt.StoredFinding;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A receipt on the wire (SPEC §8): snake_case fields, findings with a fingerprint and never a value. */
public record ReceiptResponse(
        @JsonProperty("receipt_id") String receiptId,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("trace_id") String traceId,
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("actor_id") String actorId,
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("policy_id") String policyId,
        @JsonProperty("policy_version") String policyVersion,
        @JsonProperty("decision") String decision,
        @JsonProperty("reason") String reason,
        @JsonProperty("matched_rules") List<String> matchedRules,
        @JsonProperty("transform_plan") List<Transform> transformPlan,
        @JsonProperty("action") Action action,
        @JsonProperty("action_hash") String actionHash,
        @JsonProperty("input_hash") String inputHash,
        @JsonProperty("findings") List<Finding> findings,
        @JsonProperty("sanitized_summary") String sanitizedSummary) {

    public ReceiptResponse {
        matchedRules = List.copyOf(matchedRules);
        transformPlan = List.copyOf(transformPlan);
        findings = List.copyOf(findings);
    }

    public static ReceiptResponse from(Receipt receipt) {
        return new ReceiptResponse(receipt.receiptId().toString(), receipt.timestamp().toString(),
                receipt.requestId(), receipt.traceId(), receipt.tenantId(), receipt.actorId(), receipt.sessionId(),
                receipt.policyId(), receipt.policyVersion(), receipt.decision().wireName(), receipt.reason(),
                receipt.matchedRules(), receipt.transformPlan().stream().map(Transform::from).toList(),
                Action.from(receipt.action()), receipt.actionHash(), receipt.inputHash(),
                receipt.findings().stream().map(Finding::from).toList(), receipt.sanitizedSummary());
    }

    /** One transform plan line. */
    public record Transform(@JsonProperty("entity_type") String entityType, @JsonProperty("mode") String mode) {
        static Transform from(PlannedTransform step) {
            return new Transform(step.entityType().wireName(), step.mode());
        }
    }

    /** The redacted action. */
    public record Action(String type, String tool, String resource, String command, List<String> args,
                         boolean sensitive, String adapter) {

        public Action {
            args = List.copyOf(args);
        }

        static Action from(RedactedAction action) {
            return new Action(action.type(), action.tool(), action.resource(), action.command(), action.args(),
                    action.sensitive(), action.adapter());
        }
    }

    /** A stored finding: no value, a fingerprint instead. */
    public record Finding(@JsonProperty("entity_type") String entityType, int start, int end, double confidence,
                          String fingerprint) {
        static Finding from(StoredFinding finding) {
            return new Finding(finding.type().wireName(), finding.start(), finding.end(), finding.confidence(),
                    finding.fingerprint());
        }
    }
}
