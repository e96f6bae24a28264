package ai.datafog.application.decide;

import ai.datafog.application.port.in.DecideActionUseCase;
import ai.datafog.application.port.in.EvaluatePolicyUseCase;
import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.port.in.ScanTextUseCase.ScanCommand;
import ai.datafog.application.port.out.ReceiptStore;
import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.detection.TextSpan;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Decision;
import ai.datafog.domain.receipt.CanonicalJson;
import ai.datafog.domain.receipt.PlannedTransform;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.RedactedAction;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.receipt.ReceiptIdGenerator;
import ai.datafog.domain.receipt.StoredFinding;
import ai.datafog.domain.transform.FindingResolution;
import ai.datafog.domain.transform.SuppliedFinding;
import ai.datafog.domain.transform.SuppliedFindings;
import ai.datafog.domain.transform.Transformer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Scans (unless findings are supplied), evaluates the policy, and answers only once the receipt of
 * the decision is durable. The receipt holds no raw value: findings become keyed fingerprints, the
 * action's free-text fields are redacted, and the action and input are kept as hashes.
 */
public final class DecideService implements DecideActionUseCase {

    private final ScanTextUseCase scan;
    private final EvaluatePolicyUseCase policy;
    private final ReceiptStore receipts;
    private final ReceiptIdGenerator receiptIds;
    private final Digests hashes;
    private final Digests fingerprints;
    private final ActionRedaction redaction;
    private final Clock clock;

    /**
     * @param hashes       digests of the canonical action and input: HMAC when a key is configured, else SHA-256
     * @param fingerprints keyed digests of finding values (a random key when none is configured, so a
     *                     short value can never be recovered by hashing guesses)
     */
    public DecideService(ScanTextUseCase scan, EvaluatePolicyUseCase policy, ReceiptStore receipts,
                         ReceiptIdGenerator receiptIds, Digests hashes, Digests fingerprints, Transformer redactor,
                         Clock clock) {
        this.scan = Objects.requireNonNull(scan, "scan");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.receiptIds = Objects.requireNonNull(receiptIds, "receiptIds");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
        this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
        this.redaction = new ActionRedaction(scan, Objects.requireNonNull(redactor, "redactor"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletableFuture<DecideOutcome> decide(DecideCommand command) {
        FindingResolution resolution = findingsOf(command);
        if (resolution instanceof FindingResolution.Rejected rejected) {
            return CompletableFuture.completedFuture(new DecideOutcome.Rejected(rejected.problems()));
        }
        List<Finding> findings = ((FindingResolution.Resolved) resolution).findings();
        Decision decision = policy.evaluate(command.action(), findings);
        Receipt receipt = receiptOf(command, findings, decision);
        return receipts.append(receipt)
                .thenApply(durable -> new DecideOutcome.Decided(decision, findings, receipt.receiptId()));
    }

    private FindingResolution findingsOf(DecideCommand command) {
        if (command.findings().isEmpty()) {
            return new FindingResolution.Resolved(command.text()
                    .map(text -> scan.scan(ScanCommand.everything(text)).findings())
                    .orElse(List.of()));
        }
        if (command.text().isPresent()) {
            return SuppliedFindings.resolve(command.text().get(), command.findings());
        }
        return withoutText(command.findings());
    }

    /** With no text to check offsets against, a supplied finding must at least carry its value. */
    private static FindingResolution withoutText(List<SuppliedFinding> supplied) {
        List<String> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < supplied.size(); i++) {
            SuppliedFinding finding = supplied.get(i);
            if (finding.start() < 0 || finding.end() <= finding.start()) {
                problems.add("findings[" + i + "]: start and end must satisfy 0 <= start < end");
            } else if (finding.value().isEmpty()) {
                problems.add("findings[" + i + "]: value is required when no text is given");
            } else {
                findings.add(new Finding(finding.type(), finding.value().get(),
                        new TextSpan(finding.start(), finding.end()), finding.confidence()));
            }
        }
        return problems.isEmpty() ? new FindingResolution.Resolved(findings) : new FindingResolution.Rejected(problems);
    }

    private Receipt receiptOf(DecideCommand command, List<Finding> findings, Decision decision) {
        Subject subject = command.subject();
        Set<String> knownValues = new HashSet<>();
        findings.forEach(finding -> knownValues.add(finding.value()));
        RedactedAction redacted = redaction.redact(command.action(), knownValues);
        return new Receipt(receiptIds.next(), clock.instant(),
                subject.requestId(), subject.traceId(), subject.tenantId(), subject.actorId(), subject.sessionId(),
                decision.policy().id(), decision.policy().version(),
                decision.effect(),
                decision.reason(), decision.matchedRules(),
                decision.transformPlan().steps().stream()
                        .map(step -> new PlannedTransform(step.type(), step.mode().wireName())).toList(),
                redacted,
                hashes.hex(CanonicalJson.of(canonical(command.action()))),
                inputHash(command),
                storedFindings(findings),
                summary(redacted, decision, findings));
    }

    /** Findings as fingerprints; a value that recurs in the text is fingerprinted once. */
    private List<StoredFinding> storedFindings(List<Finding> findings) {
        Map<String, String> fingerprintOf = new HashMap<>();
        List<StoredFinding> stored = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            stored.add(new StoredFinding(f.type(), f.start(), f.end(), f.confidence().value(),
                    fingerprintOf.computeIfAbsent(f.value(), value -> StoredFinding.fingerprint(fingerprints, value))));
        }
        return stored;
    }

    private String inputHash(DecideCommand command) {
        if (command.text().isEmpty() && command.findings().isEmpty()) {
            return null;
        }
        Map<String, Object> input = new LinkedHashMap<>();
        command.text().ifPresent(text -> input.put("text", text));
        if (!command.findings().isEmpty()) {
            input.put("findings", command.findings().stream().map(f -> {
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("entity_type", f.type().wireName());
                finding.put("start", f.start());
                finding.put("end", f.end());
                finding.put("confidence", f.confidence().value());
                f.value().ifPresent(value -> finding.put("value", value));
                return finding;
            }).toList());
        }
        return hashes.hex(CanonicalJson.of(input));
    }

    private static Map<String, Object> canonical(Action action) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", action.type());
        fields.put("tool", action.tool());
        fields.put("resource", action.resource());
        fields.put("command", action.command());
        fields.put("args", action.args());
        fields.put("sensitive", action.sensitive());
        fields.put("adapter", action.adapter());
        return fields;
    }

    /** A one-line account without values: the decision, the (redacted) action type and how many of each entity. */
    private static String summary(RedactedAction action, Decision decision, List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(finding -> counts.merge(finding.type().wireName(), 1, Integer::sum));
        StringBuilder summary = new StringBuilder()
                .append(decision.effect().wireName()).append(" ").append(action.type().isEmpty() ? "(no type)" : action.type());
        if (!counts.isEmpty()) {
            summary.append("; findings ");
            counts.forEach((type, count) -> summary.append(type).append('=').append(count).append(' '));
            summary.setLength(summary.length() - 1);
        }
        if (!decision.matchedRules().isEmpty()) {
            summary.append("; rules ").append(String.join(",", decision.matchedRules()));
        }
        return summary.toString();
    }

}
