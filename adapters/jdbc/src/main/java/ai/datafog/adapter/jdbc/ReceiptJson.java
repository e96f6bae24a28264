package ai.datafog.adapter.jdbc;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.receipt.PlannedTransform;
import ai.datafog.domain.receipt.RedactedAction;
import ai.datafog.domain.receipt.StoredFinding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** The JSON text columns of a receipt row: matched rules, transform plan, action and findings. */
final class ReceiptJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReceiptJson() {
    }

    static String rules(List<String> rules) {
        ArrayNode array = JSON.createArrayNode();
        rules.forEach(array::add);
        return JSON.writeValueAsString(array);
    }

    static List<String> rules(String json) {
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : JSON.readTree(json)) {
            rules.add(rule.stringValue());
        }
        return rules;
    }

    static String plan(List<PlannedTransform> plan) {
        ArrayNode array = JSON.createArrayNode();
        for (PlannedTransform step : plan) {
            array.addObject().put("entity_type", step.entityType().wireName()).put("mode", step.mode());
        }
        return JSON.writeValueAsString(array);
    }

    static List<PlannedTransform> plan(String json) {
        List<PlannedTransform> plan = new ArrayList<>();
        for (JsonNode step : JSON.readTree(json)) {
            plan.add(new PlannedTransform(entityType(step), step.get("mode").stringValue()));
        }
        return plan;
    }

    static String action(RedactedAction action) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", action.type());
        node.put("tool", action.tool());
        node.put("resource", action.resource());
        node.put("command", action.command());
        ArrayNode args = node.putArray("args");
        action.args().forEach(args::add);
        node.put("sensitive", action.sensitive());
        node.put("adapter", action.adapter());
        return JSON.writeValueAsString(node);
    }

    static RedactedAction action(String json) {
        JsonNode node = JSON.readTree(json);
        List<String> args = new ArrayList<>();
        for (JsonNode arg : node.get("args")) {
            args.add(arg.stringValue());
        }
        return new RedactedAction(text(node, "type"), text(node, "tool"), text(node, "resource"),
                text(node, "command"), args, node.get("sensitive").booleanValue(), text(node, "adapter"));
    }

    static String findings(List<StoredFinding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (StoredFinding finding : findings) {
            array.addObject()
                    .put("entity_type", finding.type().wireName())
                    .put("start", finding.start())
                    .put("end", finding.end())
                    .put("confidence", finding.confidence())
                    .put("fingerprint", finding.fingerprint());
        }
        return JSON.writeValueAsString(array);
    }

    static List<StoredFinding> findings(String json) {
        List<StoredFinding> findings = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            findings.add(new StoredFinding(entityType(node), node.get("start").intValue(), node.get("end").intValue(),
                    node.get("confidence").doubleValue(), node.get("fingerprint").stringValue()));
        }
        return findings;
    }

    private static EntityType entityType(JsonNode node) {
        String name = node.get("entity_type").stringValue();
        return EntityType.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("stored receipt has an unknown entity type"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }
}
