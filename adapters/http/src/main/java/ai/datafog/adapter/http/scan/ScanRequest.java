package ai.datafog.adapter.http.scan;

import ai.datafog.adapter.http.ApiException;
import ai.datafog.adapter.http.ErrorCode;
import ai.datafog.adapter.http.JsonBody;
import ai.datafog.application.port.in.ScanTextUseCase.ScanCommand;
import ai.datafog.domain.detection.EntityType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** A validated {@code POST /v1/scan} body (SPEC §4.2). Errors name the field, never its content. */
record ScanRequest(ScanCommand command, Optional<String> requestId, Optional<String> traceId, JsonBody body) {

    static final int MAX_ID_LENGTH = 128;

    static ScanRequest parse(byte[] body) {
        JsonBody json = JsonBody.parse(body);
        String text = json.requiredString("text");
        Set<EntityType> types = entityTypes(json.optionalStringList("entity_types").orElse(List.of()));
        OptionalDouble minConfidence = json.optionalNumber("min_confidence");
        if (minConfidence.isPresent() && (minConfidence.getAsDouble() < 0 || minConfidence.getAsDouble() > 1)) {
            throw ApiException.invalid("min_confidence must be between 0 and 1");
        }
        return new ScanRequest(
                new ScanCommand(text, types, minConfidence.orElse(0.0)),
                json.optionalId("request_id", MAX_ID_LENGTH),
                json.optionalId("trace_id", MAX_ID_LENGTH),
                json);
    }

    private static Set<EntityType> entityTypes(List<String> names) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (String name : names) {
            EntityType type = EntityType.fromWireName(name).orElseThrow(() -> new ApiException(ErrorCode.INVALID_REQUEST,
                    "entity_types contains an unknown type; valid types: " + String.join(", ", EntityType.wireNames())));
            types.add(type);
        }
        return types;
    }
}
