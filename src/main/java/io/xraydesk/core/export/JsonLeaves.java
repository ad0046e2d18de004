package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Every leaf value of a JSON tree with its path ({@code indicators[2].grade}), in document order. */
final class JsonLeaves {

    /** One value; {@code value} is null for a JSON null. */
    record Leaf(String path, String value) {

        /** The path with list positions left out ({@code indicators[].grade}): what a reader declares it shows. */
        String pattern() {
            return path.replaceAll("\\[\\d+]", "[]");
        }
    }

    private JsonLeaves() {
    }

    static List<Leaf> of(JsonNode node) {
        List<Leaf> leaves = new ArrayList<>();
        collect("", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, List<Leaf> leaves) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.add(new Leaf(path, node.isNull() ? null : node.asText()));
        }
    }
}
