package ai.datafog.adapter.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A parsed JSON request object with typed, validating accessors. Every failure is an
 * {@code invalid_request} that names the field, never its content.
 */
public final class JsonBody {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode root;
    private final String path;

    private JsonBody(JsonNode root, String path) {
        this.root = root;
        this.path = path;
    }

    /** Parses a request body that must be one JSON object (duplicate keys are refused). */
    public static JsonBody parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.invalid("request body is required");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(bytes);
        } catch (JacksonException malformed) {
            throw ApiException.invalid("malformed JSON");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.invalid("request body must be a JSON object");
        }
        requireWellFormedUnicode(node);
        return new JsonBody(node, "");
    }

    /**
     * Refuses any string holding an unpaired surrogate ({@code "\ud800"} escaped alone; in a member name
     * the parser already refuses it as malformed):
     * it is not a Unicode character, cannot be stored or encoded as UTF-8 without loss, and two
     * different such values would otherwise digest alike (the same token or hash for both).
     */
    private static void requireWellFormedUnicode(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isString() && hasUnpairedSurrogate(node.stringValue())) {
                // Member names are the caller's text too, so the message names no field.
                throw ApiException.invalid("a string in the request body holds an unpaired UTF-16 surrogate;"
                        + " text must be valid Unicode");
            }
            if (node.isObject()) {
                node.properties().forEach(member -> pending.push(member.getValue()));
            } else if (node.isArray()) {
                node.forEach(pending::push);
            }
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    public JsonNode root() {
        return root;
    }

    /** A present, non-empty string field. */
    public String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> ApiException.invalid(path + field + " is required"));
    }

    /** A string field that may be absent or null; when present it must be a non-empty string. */
    public Optional<String> optionalString(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw ApiException.invalid(path + field + " must be a string");
        }
        if (value.stringValue().isEmpty()) {
            throw ApiException.invalid(path + field + " must not be empty");
        }
        return Optional.of(value.stringValue());
    }

    /** A string field that may be absent, null or empty (empty and absent both read as empty). */
    public Optional<String> optionalStringOrEmpty(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw ApiException.invalid(path + field + " must be a string");
        }
        return Optional.of(value.stringValue());
    }

    /** An optional string field with a length limit, in characters. */
    public Optional<String> optionalString(String field, int maxLength) {
        Optional<String> value = optionalString(field);
        if (value.isPresent() && value.get().length() > maxLength) {
            throw ApiException.invalid(path + field + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** An optional id field: a length limit, and no control characters ({@link StoredText#id}). */
    public Optional<String> optionalId(String field, int maxLength) {
        Optional<String> value = optionalString(field, maxLength);
        value.ifPresent(id -> StoredText.id(id, path + field));
        return value;
    }

    public OptionalDouble optionalNumber(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber()) {
            throw ApiException.invalid(path + field + " must be a number");
        }
        return OptionalDouble.of(finiteDouble(value)
                .orElseThrow(() -> ApiException.invalid(path + field + " must be a finite number")));
    }

    /**
     * A JSON number as a finite double, or empty when it has none: numbers beyond the double range
     * (a 400-digit integer, {@code 1e999999}) make Jackson throw rather than answer infinity.
     */
    static Optional<Double> finiteDouble(JsonNode number) {
        try {
            double value = number.doubleValue();
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (JacksonException outOfRange) {
            return Optional.empty();
        }
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw ApiException.invalid(path + field + " must be a boolean");
        }
        return Optional.of(value.booleanValue());
    }

    /** An optional array of non-empty strings. */
    public Optional<List<String>> optionalStringList(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw ApiException.invalid(path + field + " must be an array of strings");
        }
        List<String> items = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw ApiException.invalid(path + field + " must be an array of strings");
            }
            items.add(item.stringValue());
        }
        return Optional.of(List.copyOf(items));
    }

    /** An optional nested object. */
    public Optional<JsonBody> optionalObject(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw ApiException.invalid(path + field + " must be an object");
        }
        return Optional.of(new JsonBody(value, path + field + "."));
    }

    /** A nested object that must be present. */
    public JsonBody requiredObject(String field) {
        return optionalObject(field).orElseThrow(() -> ApiException.invalid(path + field + " is required"));
    }
}
