package ai.datafog.adapter.http;

import ai.datafog.domain.detection.Confidence;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.transform.SuppliedFinding;
import ai.datafog.domain.transform.TransformMode;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the parts of transform and anonymize requests that JsonBody has no accessor for; errors never echo values. */
final class TransformRequests {

    static final int MAX_ID = 128;
    private static final String TYPES = String.join(", ", EntityType.wireNames());
    private static final String MODES = String.join(", ", TransformMode.wireNames());

    private TransformRequests() {
    }

    /** The optional {@code findings} array: entity_type, start, end (code points), value?, confidence?. */
    static List<SuppliedFinding> findings(JsonBody body) {
        JsonNode findings = body.root().get("findings");
        if (findings == null || findings.isNull()) {
            return List.of();
        }
        if (!findings.isArray()) {
            throw ApiException.invalid("findings must be an array");
        }
        List<SuppliedFinding> supplied = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            supplied.add(finding(findings.get(i), "findings[" + i + "]"));
        }
        return supplied;
    }

    private static SuppliedFinding finding(JsonNode node, String where) {
        if (!node.isObject()) {
            throw ApiException.invalid(where + " must be an object");
        }
        JsonNode type = node.get("entity_type");
        if (type == null || !type.isString()) {
            throw ApiException.invalid(where + ".entity_type is required");
        }
        EntityType entityType = EntityType.fromWireName(type.stringValue())
                .orElseThrow(() -> ApiException.invalid(where + ".entity_type must be one of: " + TYPES));
        int start = offset(node, "start", where);
        int end = offset(node, "end", where);
        JsonNode value = node.get("value");
        if (value != null && !value.isNull() && !value.isString()) {
            throw ApiException.invalid(where + ".value must be a string");
        }
        return new SuppliedFinding(entityType, start, end,
                value == null || value.isNull() ? Optional.empty() : Optional.of(value.stringValue()),
                Confidence.of(confidence(node, where)));
    }

    private static int offset(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ApiException.invalid(where + "." + field + " must be a whole number");
        }
        return value.intValue();
    }

    private static double confidence(JsonNode node, String where) {
        JsonNode value = node.get("confidence");
        if (value == null || value.isNull()) {
            return 1.0;
        }
        double confidence = value.isNumber() ? JsonBody.finiteDouble(value).orElse(Double.NaN) : Double.NaN;
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw ApiException.invalid(where + ".confidence must be a number between 0 and 1");
        }
        return confidence;
    }

    /** The optional {@code mode} for every entity. */
    static Optional<TransformMode> mode(JsonBody body) {
        return body.optionalString("mode").map(name -> TransformMode.fromWireName(name)
                .orElseThrow(() -> ApiException.invalid("mode must be one of: " + MODES)));
    }

    /** The optional {@code entity_modes} object: entity type → mode. */
    static Map<EntityType, TransformMode> entityModes(JsonBody body) {
        JsonNode modes = body.root().get("entity_modes");
        if (modes == null || modes.isNull()) {
            return Map.of();
        }
        if (!modes.isObject()) {
            throw ApiException.invalid("entity_modes must be an object");
        }
        Map<EntityType, TransformMode> chosen = new EnumMap<>(EntityType.class);
        for (Map.Entry<String, JsonNode> entry : modes.properties()) {
            if (entry.getKey().isBlank()) {
                throw ApiException.invalid("entity_modes keys must not be empty");
            }
            EntityType type = EntityType.fromWireName(entry.getKey())
                    .orElseThrow(() -> ApiException.invalid("entity_modes keys must be entity types: " + TYPES));
            JsonNode mode = entry.getValue();
            TransformMode transformMode = mode.isString() ? TransformMode.fromWireName(mode.stringValue()).orElse(null) : null;
            if (transformMode == null) {
                throw ApiException.invalid("entity_modes values must be one of: " + MODES);
            }
            if (chosen.put(type, transformMode) != null) {
                throw ApiException.invalid("entity_modes names an entity type twice");
            }
        }
        return chosen;
    }
}
