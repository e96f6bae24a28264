package ai.datafog.adapter.http;

import ai.datafog.application.port.in.DecideActionUseCase;
import ai.datafog.application.port.in.DecideActionUseCase.DecideCommand;
import ai.datafog.application.port.in.DecideActionUseCase.DecideOutcome;
import ai.datafog.application.port.in.DecideActionUseCase.Subject;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.policy.Decision;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/decide}: the policy's decision on an action, answered only once its receipt is
 * durable. Parsing, scanning and evaluation are CPU work placed by {@link CpuWork}; the receipt's
 * group commit completes the response from the JDBC side without holding a thread while it waits.
 */
@RestController
public class DecideController {

    private static final int MAX_ID = 128;
    private static final int MAX_ACTION_FIELD = 200;

    private final DecideActionUseCase decide;
    private final Idempotency idempotency;
    private final HttpSettings settings;

    public DecideController(DecideActionUseCase decide, Idempotency idempotency, HttpSettings settings) {
        this.decide = decide;
        this.idempotency = idempotency;
        this.settings = settings;
    }

    @PostMapping(value = "/v1/decide", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> decide(@RequestBody(required = false) byte[] body, ServerWebExchange exchange) {
        return CpuWork.of(body, () -> JsonBody.parse(body))
                .flatMap(json -> {
                    DecideCommand command = command(json, exchange);
                    return idempotency.run("decide", exchange, json, () -> CpuWork.of(body, () -> decide.decide(command))
                            .flatMap(Mono::fromFuture)
                            .map(outcome -> ResponseEntity.ok(DecideResponse.from(command.subject().requestId(),
                                    command.subject().traceId(), decided(outcome), settings))));
                });
    }

    private static DecideOutcome.Decided decided(DecideOutcome outcome) {
        if (outcome instanceof DecideOutcome.Rejected rejected) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "findings do not match the text",
                    String.join("; ", rejected.problems()));
        }
        return (DecideOutcome.Decided) outcome;
    }

    private static DecideCommand command(JsonBody json, ServerWebExchange exchange) {
        JsonBody action = json.requiredObject("action");
        List<String> args = action.optionalStringList("args").orElse(List.of());
        args.forEach(arg -> StoredText.noNul(arg, "action.args"));
        Action parsed = new Action(
                StoredText.id(bounded(action.requiredString("type"), "action.type"), "action.type"),
                action.optionalId("tool", MAX_ACTION_FIELD).orElse(null),
                StoredText.noNul(action.optionalStringOrEmpty("resource").orElse(null), "action.resource"),
                StoredText.noNul(action.optionalStringOrEmpty("command").orElse(null), "action.command"),
                args,
                action.optionalBoolean("sensitive").orElse(false),
                action.optionalId("adapter", MAX_ACTION_FIELD).orElse(null));
        Optional<String> tenant = RetentionRequests.optionalId(json, "tenant_id");
        Optional<String> actor = RetentionRequests.optionalId(json, "actor_id");
        Optional<String> session = RetentionRequests.optionalId(json, "session_id");
        if (tenant.isEmpty() && (actor.isPresent() || session.isPresent())) {
            // Receipts are erased and held per tenant: a subject id without one could never be erased.
            throw ApiException.invalid("actor_id and session_id need a tenant_id");
        }
        Subject subject = new Subject(
                json.optionalId("request_id", MAX_ID).orElseGet(() -> RequestIds.of(exchange)),
                json.optionalId("trace_id", MAX_ID).orElse(null),
                tenant.orElse(null), actor.orElse(null), session.orElse(null));
        return new DecideCommand(parsed, json.optionalStringOrEmpty("text"), TransformRequests.findings(json), subject);
    }

    private static String bounded(String value, String field) {
        if (value.length() > MAX_ACTION_FIELD) {
            throw ApiException.invalid(field + " must be at most " + MAX_ACTION_FIELD + " characters");
        }
        return value;
    }

    /** The body of a decision (SPEC §4.2). */
    public record DecideResponse(@JsonProperty("request_id") String requestId,
                                 @JsonProperty("trace_id") String traceId,
                                 String decision,
                                 @JsonProperty("receipt_id") String receiptId,
                                 @JsonProperty("policy_id") String policyId,
                                 @JsonProperty("policy_version") String policyVersion,
                                 @JsonProperty("matched_rules") List<String> matchedRules,
                                 @JsonProperty("transform_plan") List<PlanStep> transformPlan,
                                 List<FindingJson> findings,
                                 String reason) {

        public DecideResponse {
            matchedRules = List.copyOf(matchedRules);
            transformPlan = List.copyOf(transformPlan);
            findings = List.copyOf(findings);
        }


        static DecideResponse from(String requestId, String traceId, DecideOutcome.Decided decided, HttpSettings settings) {
            Decision decision = decided.decision();
            return new DecideResponse(requestId, traceId, decision.effect().wireName(), decided.receiptId().toString(),
                    decision.policy().id(), decision.policy().version(), decision.matchedRules(),
                    decision.transformPlan().steps().stream()
                            .map(step -> new PlanStep(step.type().wireName(), step.mode().wireName())).toList(),
                    decided.findings().stream().map(f -> FindingJson.from(f, settings)).toList(),
                    decision.reason());
        }
    }

    /** One entry of {@code transform_plan}. */
    public record PlanStep(@JsonProperty("entity_type") String entityType, String mode) {
    }
}
