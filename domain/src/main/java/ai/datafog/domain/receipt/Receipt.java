package ai.datafog.domain.receipt;

import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.policy.PolicyValidator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The immutable record of one decision (SPEC §8). It holds no raw sensitive value: findings carry a
 * fingerprint instead of the value, the action is already redacted, and the hashes are digests of
 * the canonical JSON. Optional identifiers ({@code requestId} … {@code sessionId}), {@code reason},
 * {@code inputHash} and {@code sanitizedSummary} are {@code null} when absent. The timestamp is kept
 * at microsecond precision, the finest every supported database stores, so it round-trips exactly.
 */
public record Receipt(
        UUID receiptId,
        Instant timestamp,
        String requestId,
        String traceId,
        String tenantId,
        String actorId,
        String sessionId,
        String policyId,
        String policyVersion,
        Effect decision,
        String reason,
        List<String> matchedRules,
        List<PlannedTransform> transformPlan,
        RedactedAction action,
        String actionHash,
        String inputHash,
        List<StoredFinding> findings,
        String sanitizedSummary) {

    public Receipt {
        Objects.requireNonNull(receiptId, "receiptId");
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MICROS);
        ReceiptText.optionalBounded(requestId, "requestId", ReceiptText.SHORT);
        ReceiptText.optionalBounded(traceId, "traceId", ReceiptText.SHORT);
        ReceiptText.optionalBounded(tenantId, "tenantId", ReceiptText.SHORT);
        ReceiptText.optionalBounded(actorId, "actorId", ReceiptText.SHORT);
        ReceiptText.optionalBounded(sessionId, "sessionId", ReceiptText.SHORT);
        ReceiptText.requireBounded(policyId, "policyId", PolicyValidator.MAX_ID_LENGTH);
        ReceiptText.requireBounded(policyVersion, "policyVersion", PolicyValidator.MAX_ID_LENGTH);
        Objects.requireNonNull(decision, "decision");
        if (reason != null && reason.length() > PolicyValidator.MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("reason must be at most " + PolicyValidator.MAX_DESCRIPTION_LENGTH + " characters");
        }
        matchedRules = List.copyOf(matchedRules);
        matchedRules.forEach(rule -> ReceiptText.requireBounded(rule, "matchedRules", PolicyValidator.MAX_ID_LENGTH));
        transformPlan = List.copyOf(transformPlan);
        Objects.requireNonNull(action, "action");
        ReceiptText.requireHexDigest(actionHash, "actionHash");
        if (inputHash != null) {
            ReceiptText.requireHexDigest(inputHash, "inputHash");
        }
        findings = List.copyOf(findings);
    }

    /** Where this receipt sits in the newest-first order: the key a page cursor resumes after. */
    public ReceiptCursor position() {
        return new ReceiptCursor(timestamp, receiptId);
    }
}
