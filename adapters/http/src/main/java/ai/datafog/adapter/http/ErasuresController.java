package ai.datafog.adapter.http;

import ai.datafog.application.port.in.EraseSubjectUseCase;
import ai.datafog.application.port.in.EraseSubjectUseCase.EraseCommand;
import ai.datafog.application.port.in.EraseSubjectUseCase.ErasureOutcome;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.HoldId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.stream.Collectors;

/** Subject erasure (SPEC §9): deletes a subject's receipts now, or 409 when a legal hold covers them. */
@RestController
public class ErasuresController {

    private final EraseSubjectUseCase erasures;
    private final DetachedCalls detached;

    public ErasuresController(EraseSubjectUseCase erasures, DetachedCalls detached) {
        this.erasures = erasures;
        this.detached = detached;
    }

    @PostMapping(path = "/v1/retention/erasures", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<PurgeRecordResponse>> erase(@RequestBody byte[] body, ServerWebExchange exchange) {
        JsonBody json = JsonBody.parse(body);
        String tenant = RetentionRequests.requiredId(json, "tenant_id");
        Optional<String> actor = RetentionRequests.optionalId(json, "actor_id");
        Optional<String> session = RetentionRequests.optionalId(json, "session_id");
        String reason = RetentionRequests.reason(json);
        if (actor.isEmpty() && session.isEmpty()) {
            throw ApiException.invalid("actor_id or session_id is required");
        }
        EraseCommand command = new EraseCommand(new ErasureScope(tenant, actor, session), reason,
                RetentionRequests.trigger(exchange));
        return detached.call(() -> erasures.erase(command)).map(outcome -> {
            if (outcome instanceof ErasureOutcome.Erased erased) {
                return RetentionRequests.created(erased.record());
            }
            ErasureOutcome.Held held = (ErasureOutcome.Held) outcome;
            throw new ApiException(ErrorCode.CONFLICT, "erasure refused: a legal hold covers this subject",
                    "hold_ids: " + held.holds().stream().map(HoldId::toString).collect(Collectors.joining(",")));
        });
    }
}
