package ai.datafog.bootstrap.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jqwik generators of hostile request bodies (SPEC §11): random bytes, invalid UTF-8, NUL characters,
 * 10,000-level nesting, huge numbers, duplicate keys, 100,000-element arrays, wrong types in every
 * field of a valid-looking body, over-long ids. Every generated body plants a canary string.
 */
final class HostileBodies {

    static final int DEEP = 10_000;
    static final int WIDE = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[][] BAD_UTF8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    private static final List<String> HUGE_NUMBERS = List.of(
            "1e999999", "-1e999999", "1e-999999", "9".repeat(400), "-" + "9".repeat(400), "0." + "1".repeat(400),
            "1" + "0".repeat(400) + ".5e400", "NaN", "Infinity", "-Infinity", "1E+2147483648", "0x1F", "01", "1.",
            "9".repeat(5_000));

    private HostileBodies() {
    }

    /** A body with every field any v1 route reads (SPEC §4.2), all with plausible values. */
    static Map<String, Object> validLookingBody(String canary) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "file.write");
        action.put("tool", "fs");
        action.put("resource", "/tmp/" + canary);
        action.put("command", "cat " + canary);
        action.put("args", List.of("-l", canary));
        action.put("sensitive", false);
        action.put("adapter", "cli");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "mail " + canary + "@example.com or call 555-010-9999");
        body.put("entity_types", List.of("email", "phone"));
        body.put("min_confidence", 0.5);
        body.put("request_id", "fuzz-request");
        body.put("trace_id", "fuzz-trace");
        body.put("tenant_id", "fuzz-tenant");
        body.put("actor_id", "fuzz-actor");
        body.put("session_id", "fuzz-session");
        body.put("action", action);
        body.put("findings", List.of(Map.of("entity_type", "email", "value", canary + "@example.com",
                "start", 5, "end", 5 + canary.length() + 12, "confidence", 0.9)));
        body.put("mode", "mask");
        body.put("entity_modes", Map.of("email", "mask"));
        body.put("retention", "P30D");
        body.put("reason", "fuzz " + canary);
        body.put("dry_run", true);
        return body;
    }

    /** Every attack family with the number of tries each route gets of it. */
    static Map<Arbitrary<Attack>, Integer> families() {
        Map<Arbitrary<Attack>, Integer> families = new LinkedHashMap<>();
        families.put(randomBytes(), 12);
        families.put(invalidUtf8(), 8);
        families.put(nulCharacters(), 6);
        families.put(deepNesting(), 3);
        families.put(hugeNumbers(), 10);
        families.put(duplicateKeys(), 5);
        families.put(wideArrays(), 2);
        families.put(wrongTypes(), 20);
        families.put(longIds(), 8);
        families.put(wrongContentType(), 6);
        return families;
    }

    static Arbitrary<String> canaries() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(10).map(hex -> "CANARY" + hex);
    }

    static Arbitrary<Attack> randomBytes() {
        return Combinators.combine(canaries(), Arbitraries.bytes().array(byte[].class).ofMaxSize(4096))
                .as((canary, noise) -> Attack.body("random bytes", concat(noise, bytes(canary)), canary));
    }

    static Arbitrary<Attack> invalidUtf8() {
        return Combinators.combine(canaries(), Arbitraries.of(BAD_UTF8), Arbitraries.of("text", "request_id", "idempotency_key", "reason", "key"))
                .as((canary, bad, field) -> {
                    byte[] inValue = concat(bytes("{\"" + field + "\":\"" + canary), bad, bytes("\"}"));
                    byte[] inKey = concat(bytes("{\""), bad, bytes(canary + "\":\"x\",\"text\":\"" + canary + "\"}"));
                    return Attack.body("invalid UTF-8", field.equals("key") ? inKey : inValue, canary);
                });
    }

    static Arbitrary<Attack> nulCharacters() {
        return Combinators.combine(canaries(), Arbitraries.integers().between(0, 3))
                .as((canary, where) -> {
                    String body = switch (where) {
                        case 0 -> "{\"text\":\"" + canary + "\u0000tail\"}";
                        case 1 -> "{\"text\":\"" + canary + "\\u0000tail\",\"request_id\":\"a\\u0000b\"}";
                        case 2 -> "{\"te\u0000xt\":\"" + canary + "\"}";
                        default -> "\u0000{\"text\":\"" + canary + "\"}\u0000";
                    };
                    return Attack.body("NUL characters", bytes(body), canary);
                });
    }

    static Arbitrary<Attack> deepNesting() {
        return Combinators.combine(canaries(), Arbitraries.of("[", "{\"a\":"), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((canary, opener, closed, underField) -> {
                    String closer = opener.equals("[") ? "]" : "}";
                    StringBuilder json = new StringBuilder(DEEP * 6);
                    json.append(underField ? "{\"text\":\"" + canary + "\",\"action\":" : "");
                    json.append(opener.repeat(DEEP)).append('"').append(canary).append('"');
                    if (closed) {
                        json.append(closer.repeat(DEEP)).append(underField ? "}" : "");
                    }
                    return Attack.body("nesting " + DEEP + " deep", bytes(json.toString()), canary);
                });
    }

    static Arbitrary<Attack> hugeNumbers() {
        return Combinators.combine(canaries(), Arbitraries.of(HUGE_NUMBERS), Arbitraries.of(fieldPaths()))
                .as((canary, number, field) -> Attack.body("huge number in " + field,
                        bytes(replaceRaw(validLookingBody(canary), field, number)), canary));
    }

    static Arbitrary<Attack> duplicateKeys() {
        return Combinators.combine(canaries(), Arbitraries.of("text", "action", "idempotency_key", "entity_types", "dry_run"))
                .as((canary, key) -> {
                    String valid = json(validLookingBody(canary));
                    String twice = valid.substring(0, valid.length() - 1) + ",\"" + key + "\":\"" + canary + "-again\"}";
                    return Attack.body("duplicate key " + key, bytes(twice), canary);
                });
    }

    static Arbitrary<Attack> wideArrays() {
        return Combinators.combine(canaries(), Arbitraries.of("entity_types", "findings", "text", "args"), Arbitraries.of("\"email\"", "1", "null", "{}", "[]"))
                .as((canary, field, item) -> {
                    StringBuilder array = new StringBuilder(WIDE * (item.length() + 1) + 2).append('[');
                    for (int i = 0; i < WIDE; i++) {
                        array.append(i == 0 ? "" : ",").append(item);
                    }
                    array.append(']');
                    String path = field.equals("args") ? "action.args" : field;
                    return Attack.body(WIDE + "-element array in " + field,
                            bytes(replaceRaw(validLookingBody(canary), path, array.toString())), canary);
                });
    }

    static Arbitrary<Attack> wrongTypes() {
        Arbitrary<String> wrongValues = Arbitraries.of("1", "-1", "0.5", "true", "false", "null", "[]", "{}", "\"\"", "[\"x\",1]",
                "{\"x\":[{}]}", "\"not-a-valid-value\"", "[null]", "\"   \"");
        return Combinators.combine(canaries(), Arbitraries.of(fieldPaths()), wrongValues)
                .as((canary, field, value) -> Attack.body("wrong type " + value + " in " + field,
                        bytes(replaceRaw(validLookingBody(canary), field, value)), canary));
    }

    static Arbitrary<Attack> longIds() {
        Arbitrary<Integer> lengths = Arbitraries.of(129, 201, 1_000, 10_000, 500_000);
        Arbitrary<Integer> headerLengths = Arbitraries.of(129, 200, 1_000, 4_000);
        Arbitrary<String> headerNames = Arbitraries.of("X-Request-ID", "Idempotency-Key", "X-Idempotency-Key", "X-Trace-ID");
        return Combinators.combine(canaries(), Arbitraries.of("idempotency_key", "request_id", "trace_id", "tenant_id"), lengths, headerNames, headerLengths)
                .as((canary, field, length, header, headerLength) -> {
                    Map<String, Object> body = validLookingBody(canary);
                    body.put(field, (canary + "k").repeat(length / (canary.length() + 1) + 1).substring(0, length));
                    String headerValue = (canary + "h").repeat(headerLength / (canary.length() + 1) + 1).substring(0, headerLength);
                    return Attack.body("over-long " + field + " (" + length + ") and " + header + " (" + headerLength + ")",
                            bytes(json(body)), canary).withHeaders(Map.of(header, headerValue));
                });
    }

    static Arbitrary<Attack> wrongContentType() {
        Arbitrary<Optional<String>> types = Arbitraries.of(Optional.empty(), Optional.of("text/plain"),
                Optional.of("application/json;charset=latin1"), Optional.of("application/json; charset=utf-16"),
                Optional.of("application/x-www-form-urlencoded"), Optional.of("multipart/form-data; boundary=x"),
                Optional.of("application/*"), Optional.of("application/json;;;"), Optional.of("garbage"));
        return Combinators.combine(canaries(), types)
                .as((canary, type) -> Attack.body("content type " + type.orElse("none"), bytes(json(validLookingBody(canary))), canary)
                        .withContentType(type));
    }

    /** Dotted paths of every field of {@link #validLookingBody}, nested action fields included. */
    static List<String> fieldPaths() {
        List<String> paths = new ArrayList<>();
        validLookingBody("x").forEach((key, value) -> {
            paths.add(key);
            if (value instanceof Map<?, ?> nested && key.equals("action")) {
                nested.keySet().forEach(inner -> paths.add(key + "." + inner));
            }
        });
        return List.copyOf(paths);
    }

    /** The body as JSON with the value at {@code path} replaced by raw JSON text (which may be invalid). */
    static String replaceRaw(Map<String, Object> body, String path, String rawJson) {
        String marker = "\"@@RAW@@\"";
        String[] parts = path.split("\\.");
        Map<String, Object> target = body;
        for (int i = 0; i < parts.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> next = new LinkedHashMap<>((Map<String, Object>) target.get(parts[i]));
            target.put(parts[i], next);
            target = next;
        }
        target.put(parts[parts.length - 1], "@@RAW@@");
        return json(body).replace(marker, rawJson);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
