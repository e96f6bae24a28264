package ai.datafog.adapter.http;

import ai.datafog.application.port.in.AnonymizeTextUseCase;
import ai.datafog.application.port.in.AnonymizeTextUseCase.AnonymizeCommand;
import ai.datafog.application.port.in.TransformOutcome;
import ai.datafog.application.port.in.TransformTextUseCase;
import ai.datafog.application.port.in.TransformTextUseCase.TransformCommand;
import ai.datafog.domain.transform.TransformResult;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** {@code POST /v1/transform} and {@code POST /v1/anonymize} (SPEC §4.2, §7). */
@RestController
public class TransformController {

    private final TransformTextUseCase transform;
    private final AnonymizeTextUseCase anonymize;
    private final Idempotency idempotency;

    public TransformController(TransformTextUseCase transform, AnonymizeTextUseCase anonymize, Idempotency idempotency) {
        this.transform = transform;
        this.anonymize = anonymize;
        this.idempotency = idempotency;
    }

    @PostMapping(value = "/v1/transform", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> transform(@RequestBody(required = false) byte[] body, ServerWebExchange exchange) {
        return handle("transform", body, exchange, json -> transform.transform(new TransformCommand(json.requiredString("text"),
                TransformRequests.findings(json), TransformRequests.mode(json), TransformRequests.entityModes(json))));
    }

    @PostMapping(value = "/v1/anonymize", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> anonymize(@RequestBody(required = false) byte[] body, ServerWebExchange exchange) {
        return handle("anonymize", body, exchange, json -> anonymize.anonymize(
                new AnonymizeCommand(json.requiredString("text"), TransformRequests.findings(json))));
    }

    private Mono<ResponseEntity<byte[]>> handle(String endpoint, byte[] body, ServerWebExchange exchange,
                                                Function<JsonBody, TransformOutcome> useCase) {
        return CpuWork.of(body, () -> JsonBody.parse(body))
                .flatMap(json -> idempotency.run(endpoint, exchange, json, () -> CpuWork.of(body, () -> {
                    String requestId = json.optionalId("request_id", TransformRequests.MAX_ID)
                            .orElseGet(() -> RequestIds.of(exchange));
                    String traceId = json.optionalId("trace_id", TransformRequests.MAX_ID).orElse(null);
                    TransformOutcome outcome = useCase.apply(json);
                    if (outcome instanceof TransformOutcome.Rejected rejected) {
                        throw new ApiException(ErrorCode.INVALID_REQUEST, "findings do not match the text",
                                String.join("; ", rejected.problems()));
                    }
                    return ResponseEntity.ok(TransformResponse.from(requestId, traceId, (TransformOutcome.Transformed) outcome));
                })));
    }

    /** The body of a successful transform or anonymize request. */
    public record TransformResponse(@JsonProperty("request_id") String requestId,
                                    @JsonProperty("trace_id") String traceId,
                                    String output,
                                    @JsonProperty("policy_id") String policyId,
                                    @JsonProperty("policy_version") String policyVersion,
                                    Stats stats) {

        static TransformResponse from(String requestId, String traceId, TransformOutcome.Transformed done) {
            TransformResult result = done.result();
            return new TransformResponse(requestId, traceId, result.output(), done.policy().id(), done.policy().version(),
                    new Stats(result.entitiesTransformed(), String.join(",", result.modesApplied())));
        }
    }

    /** {@code stats}: how many entities were rewritten and the sorted {@code entity:mode} pairs applied. */
    public record Stats(@JsonProperty("entities_transformed") int entitiesTransformed,
                        @JsonProperty("modes_applied") String modesApplied) {
    }
}
