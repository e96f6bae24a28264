package ai.datafog.domain.receipt;

import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.detection.EntityType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data: a valid receipt with every field set, and withers for the ones a test cares about. */
public final class ReceiptBuilder {

    public static final String SOME_HASH = "a".repeat(64);

    private UUID receiptId = UUID.randomUUID();
    private Instant timestamp = Instant.parse("2025-01-02T03:04:05.123456Z");
    private String requestId = "req-1";
    private String traceId = "trace-1";
    private String tenantId = "tenant-a";
    private String actorId = "actor-1";
    private String sessionId = "session-1";
    private String policyId = "default";
    private String policyVersion = "v1";
    private Effect decision = Effect.ALLOW_WITH_REDACTION;
    private String reason = "email present";
    private List<String> matchedRules = List.of("redact-pii", "allow-files");
    private List<PlannedTransform> plan = List.of(new PlannedTransform(EntityType.EMAIL, "mask"));
    private RedactedAction action = new RedactedAction("file.write", "fs", "/tmp/[REDACTED]", null,
            List.of("--force"), true, "claude");
    private String actionHash = "b".repeat(64);
    private String inputHash = "c".repeat(64);
    private List<StoredFinding> findings = List.of(new StoredFinding(EntityType.EMAIL, 3, 20, 0.95, "d".repeat(64)));
    private String summary = "allow_with_redaction file.write: 1 email";

    private ReceiptBuilder() {
    }

    public static ReceiptBuilder aReceipt() {
        return new ReceiptBuilder();
    }

    public ReceiptBuilder withId(UUID id) {
        this.receiptId = id;
        return this;
    }

    public ReceiptBuilder at(Instant at) {
        this.timestamp = at;
        return this;
    }

    public ReceiptBuilder withTenant(String tenant) {
        this.tenantId = tenant;
        return this;
    }

    public ReceiptBuilder withActor(String actor) {
        this.actorId = actor;
        return this;
    }

    public ReceiptBuilder withSession(String session) {
        this.sessionId = session;
        return this;
    }

    public ReceiptBuilder withDecision(Effect value) {
        this.decision = value;
        return this;
    }

    public ReceiptBuilder withPolicyVersion(String version) {
        this.policyVersion = version;
        return this;
    }

    public ReceiptBuilder withRules(String... rules) {
        this.matchedRules = List.of(rules);
        return this;
    }

    public ReceiptBuilder withAction(RedactedAction value) {
        this.action = value;
        return this;
    }

    public ReceiptBuilder withFindings(List<StoredFinding> value) {
        this.findings = new ArrayList<>(value);
        return this;
    }

    public ReceiptBuilder withPlan(List<PlannedTransform> value) {
        this.plan = value;
        return this;
    }

    public ReceiptBuilder withReason(String value) {
        this.reason = value;
        return this;
    }

    public ReceiptBuilder withSummary(String value) {
        this.summary = value;
        return this;
    }

    /** Only the required fields: every optional id, reason, input hash and summary absent. */
    public ReceiptBuilder minimal() {
        requestId = null;
        traceId = null;
        tenantId = null;
        actorId = null;
        sessionId = null;
        reason = null;
        inputHash = null;
        summary = null;
        matchedRules = List.of();
        plan = List.of();
        findings = List.of();
        action = RedactedAction.ofType("shell.exec");
        return this;
    }

    public Receipt build() {
        return new Receipt(receiptId, timestamp, requestId, traceId, tenantId, actorId, sessionId, policyId,
                policyVersion, decision, reason, matchedRules, plan, action, actionHash, inputHash, findings, summary);
    }
}
