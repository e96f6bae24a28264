package ai.datafog.adapter.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical JSON of a parsed request, so "the same payload" is decided on meaning rather than
 * bytes: object members sorted by name, members whose value is {@code null} dropped (the same as
 * absent), numbers in one form ({@code 1}, {@code 1.0} and {@code 1e0} are equal), no whitespace.
 */
public final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalJson() {
    }

    /** The canonical form of {@code root}, leaving out the named top-level members. */
    public static String of(JsonNode root, Set<String> leaveOut) {
        StringBuilder out = new StringBuilder();
        write(root, leaveOut, out);
        return out.toString();
    }

    private static void write(JsonNode node, Set<String> leaveOut, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.removeIf(member -> member.getValue().isNull() || leaveOut.contains(member.getKey()));
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(JSON.writeValueAsString(StringNode.valueOf(members.get(i).getKey()))).append(':');
                write(members.get(i).getValue(), Set.of(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), Set.of(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(number(node));
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toString();
        }
        Optional<Double> finite = JsonBody.finiteDouble(node);
        if (finite.isEmpty()) {
            return JSON.writeValueAsString(node);
        }
        double value = finite.get();
        return value == 0.0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toString();
    }
}
