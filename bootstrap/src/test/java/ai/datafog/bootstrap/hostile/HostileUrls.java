package ai.datafog.bootstrap.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jqwik generators of hostile path variables and query strings for routes without a body: percent
 * escapes of arbitrary bytes (invalid UTF-8, NUL, slashes, dots), huge numbers, repeated and unknown
 * parameters, every query parameter SPEC §4.2 names.
 */
final class HostileUrls {

    private static final List<String> PARAMETERS = List.of("tenant_id", "actor_id", "session_id", "decision",
            "policy_version", "rule_id", "from", "to", "limit", "cursor", "dry_run", "id");
    private static final List<String> SPECIAL_VALUES = List.of("1e999999", "9".repeat(400), "-1", "0", "501", "NaN",
            "2024-13-45T99:99:99Z", "..%2F..%2Fetc%2Fpasswd", "%00", "%C3%28", "%FF%FE", "%ED%A0%80", "", "%25",
            "'%20OR%201%3D1--", "%3Cscript%3E");

    private HostileUrls() {
    }

    static Map<Arbitrary<Attack>, Integer> families() {
        return Map.of(queries(), 30, pathValues(), 20, oversizedHeads(), 4);
    }

    /** Request lines and header blocks over Netty's limits (4 KiB line, 8 KiB headers). */
    static Arbitrary<Attack> oversizedHeads() {
        return Combinators.combine(HostileBodies.canaries(), Arbitraries.integers().between(5_000, 20_000), Arbitraries.of(true, false))
                .as((canary, length, inQuery) -> {
                    String filler = (canary + "x").repeat(length / (canary.length() + 1) + 1).substring(0, length);
                    return inQuery
                            ? new Attack("over-long query (" + length + ")", "fuzz-id", "q=" + filler, null, Optional.empty(), Map.of(), canary)
                            : new Attack("over-long header (" + length + ")", "fuzz-id", "", null, Optional.empty(), Map.of("X-Request-ID", filler), canary);
                });
    }

    /** Random query strings: known and unknown names, escaped random bytes or special values, repeats. */
    static Arbitrary<Attack> queries() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(PARAMETERS), escapedBytes(1, 20));
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(SPECIAL_VALUES), escapedBytes(0, 300));
        Arbitrary<String> pair = Combinators.combine(names, values).as((name, value) -> name + "=" + value);
        return Combinators.combine(HostileBodies.canaries(), pair.list().ofMinSize(1).ofMaxSize(8))
                .as((canary, pairs) -> new Attack("hostile query", "fuzz-id",
                        String.join("&", pairs) + "&tenant_id=" + canary, null, Optional.empty(), Map.of(), canary));
    }

    /** Random values for every path variable of a template. */
    static Arbitrary<Attack> pathValues() {
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(SPECIAL_VALUES), escapedBytes(1, 300));
        return Combinators.combine(HostileBodies.canaries(), values)
                .as((canary, value) -> new Attack("hostile path variable", value + canary, "", null, Optional.empty(), Map.of(), canary));
    }

    /** Arbitrary bytes, every one percent-escaped, so the URI is well-formed but its content is not. */
    private static Arbitrary<String> escapedBytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(raw -> {
            StringBuilder escaped = new StringBuilder(raw.length * 3);
            for (byte b : raw) {
                escaped.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            return escaped.toString();
        });
    }
}
