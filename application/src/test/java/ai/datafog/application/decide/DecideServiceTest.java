package ai.datafog.application.decide;

import ai.datafog.application.policy.PolicyService;
import ai.datafog.application.port.in.DecideActionUseCase.DecideCommand;
import ai.datafog.application.port.in.DecideActionUseCase.DecideOutcome;
import ai.datafog.application.port.in.DecideActionUseCase.Subject;
import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.port.out.InMemoryReceiptStore;
import ai.datafog.application.port.out.ReceiptStore;
import ai.datafog.application.port.out.StoreUnavailableException;
import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.detection.Confidence;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.detection.TextSpan;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptIdGenerator;
import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;
import ai.datafog.domain.receipt.StoredFinding;
import ai.datafog.domain.transform.EntityTransform;
import ai.datafog.domain.transform.ModeSelection;
import ai.datafog.domain.transform.SuppliedFinding;
import ai.datafog.domain.transform.TransformMode;
import ai.datafog.domain.transform.Transformer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static ai.datafog.domain.policy.PolicyBuilder.aPolicy;
import static ai.datafog.domain.policy.RuleBuilder.aRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Deciding an action scans, evaluates the policy and answers only with a durable, value-free receipt")
class DecideServiceTest {

    private static final String EMAIL = "canary.alice@example.com";
    private static final String SSN = "123-45-6789";
    private static final Subject SUBJECT = new Subject("req-1", "trace-1", "tenant-a", "actor-1", "session-1");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    /** Finds the canary values wherever they stand, like a detector would, of the types asked for. */
    private static final ScanTextUseCase CANARY_SCAN = command -> {
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<String, EntityType> known : Map.of(EMAIL, EntityType.EMAIL, SSN, EntityType.SSN,
                "GitHub", EntityType.ORGANIZATION).entrySet()) {
            if (!command.entityTypes().isEmpty() && !command.entityTypes().contains(known.getValue())) {
                continue;
            }
            for (int at = command.text().indexOf(known.getKey()); at >= 0;
                 at = command.text().indexOf(known.getKey(), at + 1)) {
                int start = command.text().codePointCount(0, at);
                found.add(new Finding(known.getValue(), known.getKey(),
                        new TextSpan(start, start + known.getKey().length()), Confidence.of(0.95)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new ScanTextUseCase.ScanResult(found);
    };

    private static final Policy POLICY = aPolicy().id("test-policy").version("7")
            .with(aRule("deny-shell-email").priority(100).effect(Effect.DENY).actionTypes("shell.exec")
                    .requires(EntityType.EMAIL).description("no emails in shell commands"))
            .with(aRule("redact-writes").priority(50).effect(Effect.ALLOW_WITH_REDACTION).actionTypes("file.write")
                    .requiresAny(EntityType.EMAIL, EntityType.SSN)
                    .transforms(new EntityTransform(EntityType.EMAIL, TransformMode.MASK)))
            .with(aRule("allow-reads").priority(10).effect(Effect.ALLOW).actionTypes("file.read"))
            .build();

    private final InMemoryReceiptStore store = new InMemoryReceiptStore();
    private final ReceiptIdGenerator receiptIds = new ReceiptIdGenerator(CLOCK, new Random(1));

    private DecideService service(ReceiptStore receipts, Digests hashes) {
        return new DecideService(CANARY_SCAN, new PolicyService(() -> POLICY), receipts,
                receiptIds, hashes, Digests.keyed("fingerprint-key".getBytes(StandardCharsets.UTF_8)),
                new Transformer(Digests.unkeyed(), "*"), CLOCK);
    }

    private DecideService service() {
        return service(store, Digests.unkeyed());
    }

    private static Action action(String type, String command, String... args) {
        return new Action(type, "bash", "/home/" + EMAIL + "/notes.txt", command, List.of(args), false, "claude");
    }

    private static DecideCommand withText(Action action, String text) {
        return new DecideCommand(action, Optional.of(text), List.of(), SUBJECT);
    }

    private static DecideOutcome.Decided decided(CompletableFuture<DecideOutcome> future) {
        return (DecideOutcome.Decided) future.join();
    }

    @Test
    @DisplayName("given text and no findings, the text is scanned and the decision is recorded under the returned id")
    void textIsScannedAndDecisionRecorded() {
        DecideOutcome.Decided outcome = decided(service().decide(withText(action("file.write", "cat"), "mail " + EMAIL)));

        assertThat(outcome.decision().effect()).isEqualTo(Effect.ALLOW_WITH_REDACTION);
        assertThat(outcome.findings()).extracting(Finding::type).containsExactly(EntityType.EMAIL);
        Receipt receipt = store.findById(outcome.receiptId()).orElseThrow();
        assertThat(receipt.decision()).isEqualTo(Effect.ALLOW_WITH_REDACTION);
        assertThat(receipt.matchedRules()).containsExactly("redact-writes");
        assertThat(receipt.policyId()).isEqualTo("test-policy");
        assertThat(receipt.policyVersion()).isEqualTo("7");
        assertThat(receipt.tenantId()).isEqualTo("tenant-a");
        assertThat(receipt.actorId()).isEqualTo("actor-1");
        assertThat(receipt.sessionId()).isEqualTo("session-1");
        assertThat(receipt.requestId()).isEqualTo("req-1");
        assertThat(receipt.timestamp()).isEqualTo(CLOCK.instant());
        assertThat(receipt.transformPlan()).singleElement()
                .satisfies(step -> assertThat(step.mode()).isEqualTo("mask"));
        assertThat(receipt.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.type()).isEqualTo(EntityType.EMAIL);
            assertThat(finding.start()).isEqualTo(5);
            assertThat(finding.end()).isEqualTo(5 + EMAIL.length());
            assertThat(finding.fingerprint()).hasSize(64);
        });
        assertThat(receipt.sanitizedSummary()).contains("allow_with_redaction", "email=1", "redact-writes");
    }

    @Test
    @DisplayName("each finding's fingerprint is the keyed digest of its value: a recurring value has one fingerprint, "
            + "and none equals the hash transform of its value under the same key")
    void fingerprintsPerValue() {
        DecideOutcome.Decided outcome = decided(service().decide(withText(action("file.read", "cat"),
                EMAIL + " and " + SSN + " and again " + EMAIL)));
        Digests key = Digests.keyed("fingerprint-key".getBytes(StandardCharsets.UTF_8));
        List<String> fingerprints = store.findById(outcome.receiptId()).orElseThrow().findings().stream()
                .map(StoredFinding::fingerprint).toList();

        assertThat(fingerprints).containsExactly(StoredFinding.fingerprint(key, EMAIL), StoredFinding.fingerprint(key, SSN),
                StoredFinding.fingerprint(key, EMAIL));
        Finding email = new Finding(EntityType.EMAIL, EMAIL, new TextSpan(0, EMAIL.length()), Confidence.of(1));
        String hashed = new Transformer(key, "*").apply(EMAIL, List.of(email), ModeSelection.everything(TransformMode.HASH))
                .output();
        assertThat(hashed).as("the hash transform").isEqualTo(key.hex(EMAIL)).isNotEqualTo(fingerprints.get(0));
    }

    @Test
    @DisplayName("a matching deny rule wins and its description is the reason")
    void denyWins() {
        DecideOutcome.Decided outcome = decided(service().decide(withText(action("shell.exec", "echo hi"), EMAIL)));
        assertThat(outcome.decision().effect()).isEqualTo(Effect.DENY);
        assertThat(outcome.decision().reason()).isEqualTo("no emails in shell commands");
        assertThat(store.findById(outcome.receiptId()).orElseThrow().reason()).isEqualTo("no emails in shell commands");
    }

    @Test
    @DisplayName("an action no rule matches is denied with reason 'no matching rule' and still leaves a receipt")
    void noMatchIsDeniedAndRecorded() {
        DecideOutcome.Decided outcome = decided(service().decide(
                new DecideCommand(Action.ofType("http.request"), Optional.empty(), List.of(), SUBJECT)));
        assertThat(outcome.decision().effect()).isEqualTo(Effect.DENY);
        assertThat(outcome.decision().reason()).isEqualTo("no matching rule");
        Receipt receipt = store.findById(outcome.receiptId()).orElseThrow();
        assertThat(receipt.inputHash()).as("no input, no input hash").isNull();
        assertThat(receipt.findings()).isEmpty();
    }

    @Test
    @DisplayName("the receipt keeps no raw value: action fields are redacted, findings are fingerprints")
    void receiptHoldsNoValues() {
        Action action = action("file.write", "send " + EMAIL + " " + SSN, "--to=" + EMAIL, "plain-arg");
        DecideOutcome.Decided outcome = decided(service().decide(withText(action, "for " + EMAIL + " and " + SSN)));

        Receipt receipt = store.findById(outcome.receiptId()).orElseThrow();
        assertThat(receipt.action().resource()).isEqualTo("/home/[REDACTED]/notes.txt");
        assertThat(receipt.action().command()).isEqualTo("send [REDACTED] [REDACTED]");
        assertThat(receipt.action().args()).containsExactly("--to=[REDACTED]", "plain-arg");
        assertThat(receipt.action().tool()).isEqualTo("bash");
        assertThat(receipt.action().adapter()).isEqualTo("claude");
        assertThat(receipt.toString()).doesNotContain(EMAIL).doesNotContain(SSN)
                .doesNotContain("canary.alice").doesNotContain("6789");
    }

    @Test
    @DisplayName("a value found in the text is redacted from the action even where a detector would not see it")
    void knownValuesAreRedactedVerbatim() {
        DecideCommand command = new DecideCommand(new Action("file.write", "", "", "grep zq7-secret-label log", List.of(), false, ""),
                Optional.of("label zq7-secret-label"),
                List.of(new SuppliedFinding(EntityType.API_KEY, 6, 22, Optional.of("zq7-secret-label"), Confidence.of(1.0))),
                SUBJECT);
        DecideOutcome.Decided outcome = decided(service().decide(command));
        assertThat(store.findById(outcome.receiptId()).orElseThrow().action().command()).isEqualTo("grep [REDACTED] log");
    }

    @Test
    @DisplayName("known values are redacted after astral characters, where they overlap, and in every argument")
    void knownValuesAreRedactedAcrossCodePoints() {
        DecideCommand command = new DecideCommand(new Action("file.write", "", "",
                "\uD83D\uDE00 zq7-secret-label\uD83D\uDE00zq7-secretzq7-secret-label", List.of("a zq7-secret", "zq7-secret-labelx"),
                false, ""),
                Optional.of("label zq7-secret-label zq7-secret"),
                List.of(new SuppliedFinding(EntityType.API_KEY, 6, 22, Optional.of("zq7-secret-label"), Confidence.of(1.0)),
                        new SuppliedFinding(EntityType.API_KEY, 23, 33, Optional.of("zq7-secret"), Confidence.of(1.0))),
                SUBJECT);
        DecideOutcome.Decided outcome = decided(service().decide(command));
        Receipt receipt = store.findById(outcome.receiptId()).orElseThrow();
        assertThat(receipt.action().command()).isEqualTo("\uD83D\uDE00 [REDACTED]\uD83D\uDE00[REDACTED][REDACTED]");
        assertThat(receipt.action().args()).containsExactly("a [REDACTED]", "[REDACTED]x");
    }

    @Test
    @DisplayName("the action's type, tool and adapter are redacted too, and the summary names the redacted type")
    void shortFieldsAreRedacted() {
        Action action = new Action("notify " + EMAIL, "mail-" + SSN, "", "", List.of(), false, EMAIL);
        DecideOutcome.Decided outcome = decided(service().decide(withText(action, "for " + EMAIL + " and " + SSN)));

        Receipt receipt = store.findById(outcome.receiptId()).orElseThrow();
        assertThat(receipt.action().type()).isEqualTo("notify [REDACTED]");
        assertThat(receipt.action().tool()).isEqualTo("mail-[REDACTED]");
        assertThat(receipt.action().adapter()).isEqualTo("[REDACTED]");
        assertThat(receipt.sanitizedSummary()).contains("notify [REDACTED]").doesNotContain(EMAIL);
        assertThat(receipt.toString()).doesNotContain(EMAIL).doesNotContain(SSN);
    }

    @Test
    @DisplayName("identifier fields are searched for identifiers and secrets only: a tool named like an organization stays")
    void toolNamesAreNotTakenForNames() {
        Action action = new Action("vcs.push", "GitHub", "", "push to GitHub", List.of("GitHub"), false, "GitHub");
        DecideOutcome.Decided outcome = decided(service().decide(withText(action, "hello")));

        Receipt receipt = store.findById(outcome.receiptId()).orElseThrow();
        assertThat(receipt.action().tool()).isEqualTo("GitHub");
        assertThat(receipt.action().adapter()).isEqualTo("GitHub");
        assertThat(receipt.action().command()).isEqualTo("push to [REDACTED]");
        assertThat(receipt.action().args()).containsExactly("[REDACTED]");
    }

    @Test
    @DisplayName("a type that redaction would lengthen past 200 characters is kept as [REDACTED] whole")
    void overlongRedactedTypeIsRedactedWhole() {
        String type = "zq7,".repeat(50);
        DecideCommand command = new DecideCommand(new Action(type, "", "", "", List.of(), false, ""),
                Optional.of("zq7"),
                List.of(new SuppliedFinding(EntityType.API_KEY, 0, 3, Optional.of("zq7"), Confidence.of(1.0))), SUBJECT);

        DecideOutcome.Decided outcome = decided(service().decide(command));

        assertThat(store.findById(outcome.receiptId()).orElseThrow().action().type()).isEqualTo("[REDACTED]");
    }

    @Test
    @DisplayName("supplied findings are checked against the text; a mismatch is rejected and nothing is recorded")
    void mismatchedFindingsAreRejected() {
        DecideCommand command = new DecideCommand(Action.ofType("file.write"), Optional.of("hello world"),
                List.of(new SuppliedFinding(EntityType.EMAIL, 0, 5, Optional.of("canary-other"), Confidence.of(1.0)),
                        new SuppliedFinding(EntityType.EMAIL, 3, 400, Optional.empty(), Confidence.of(1.0))),
                SUBJECT);
        DecideOutcome outcome = service().decide(command).join();
        assertThat(outcome).isInstanceOf(DecideOutcome.Rejected.class);
        assertThat(((DecideOutcome.Rejected) outcome).problems()).hasSize(2)
                .noneMatch(problem -> problem.contains("canary-other"));
        assertThat(store.size()).isZero();
    }

    @Test
    @DisplayName("supplied findings are used as given (no scan) when they fit the text")
    void suppliedFindingsReplaceTheScan() {
        DecideCommand command = new DecideCommand(Action.ofType("file.write"), Optional.of("id 123-45-6789 and " + EMAIL),
                List.of(new SuppliedFinding(EntityType.SSN, 3, 14, Optional.empty(), Confidence.of(0.9))), SUBJECT);
        DecideOutcome.Decided outcome = decided(service().decide(command));
        assertThat(outcome.findings()).extracting(Finding::type).containsExactly(EntityType.SSN);
    }

    @Test
    @DisplayName("without text, a supplied finding must carry its value")
    void findingsWithoutTextNeedValues() {
        DecideCommand command = new DecideCommand(Action.ofType("file.write"), Optional.empty(),
                List.of(new SuppliedFinding(EntityType.SSN, 0, 11, Optional.empty(), Confidence.of(1.0))), SUBJECT);
        assertThat(service().decide(command).join()).isInstanceOf(DecideOutcome.Rejected.class);

        DecideCommand withValue = new DecideCommand(Action.ofType("file.write"), Optional.empty(),
                List.of(new SuppliedFinding(EntityType.SSN, 0, 11, Optional.of(SSN), Confidence.of(1.0))), SUBJECT);
        assertThat(decided(service().decide(withValue)).decision().effect()).isEqualTo(Effect.ALLOW_WITH_REDACTION);
    }

    @Test
    @DisplayName("when the receipt cannot be made durable, the decision fails instead of being answered")
    void storeFailureFailsTheDecision() {
        ReceiptStore failing = new ReceiptStore() {
            @Override
            public CompletableFuture<Void> append(Receipt receipt) {
                return CompletableFuture.failedFuture(new StoreUnavailableException("database down", null));
            }

            @Override
            public Optional<Receipt> findById(UUID receiptId) {
                return Optional.empty();
            }

            @Override
            public ReceiptPage query(ReceiptQuery query) {
                throw new UnsupportedOperationException();
            }
        };
        CompletableFuture<DecideOutcome> future = service(failing, Digests.unkeyed()).decide(withText(action("file.read", "ls"), "x"));
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(StoreUnavailableException.class);
    }

    @Test
    @DisplayName("action and input hashes are stable for the same request and keyed when a key is configured")
    void hashesAreStableAndKeyed() {
        DecideCommand command = withText(action("file.read", "ls"), "plain text");
        Receipt first = store.findById(decided(service().decide(command)).receiptId()).orElseThrow();
        Receipt second = store.findById(decided(service().decide(command)).receiptId()).orElseThrow();
        assertThat(first.receiptId()).isNotEqualTo(second.receiptId());
        assertThat(second.actionHash()).isEqualTo(first.actionHash());
        assertThat(second.inputHash()).isEqualTo(first.inputHash());

        InMemoryReceiptStore keyedStore = new InMemoryReceiptStore();
        Receipt keyed = keyedStore.findById(decided(service(keyedStore, Digests.keyed("k".getBytes(StandardCharsets.UTF_8)))
                .decide(command)).receiptId()).orElseThrow();
        assertThat(keyed.actionHash()).isNotEqualTo(first.actionHash());
        assertThat(keyed.inputHash()).isNotEqualTo(first.inputHash());
    }
}
