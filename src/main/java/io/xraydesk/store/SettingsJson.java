package io.xraydesk.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * JSON of the settings files, and the two tree operations behind layered settings: {@link #merge}
 * lays one tree over another, {@link #difference} keeps only what a tree changes from another.
 * Objects are merged field by field; arrays and plain values replace as a whole.
 */
final class SettingsJson {

    // Its own mapper: the store does not depend on the API's wire configuration. Unknown fields are
    // ignored (a newer app's file still loads), an unknown enum name falls back to the default.
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SettingsJson() {
    }

    static ObjectNode tree(Settings settings) {
        return MAPPER.valueToTree(settings);
    }

    /** A copy of {@code base} with every field of {@code overlay} laid over it. */
    static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
        ObjectNode merged = base.deepCopy();
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode current = merged.get(field.getKey());
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode overlayObject) {
                merged.set(field.getKey(), merge(currentObject, overlayObject));
            } else {
                merged.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return merged;
    }

    /** The fields of {@code full} that differ from {@code base}: {@code merge(base, difference)} gives back {@code full}. */
    static ObjectNode difference(ObjectNode full, ObjectNode base) {
        ObjectNode diff = MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> field : full.properties()) {
            JsonNode baseValue = base.get(field.getKey());
            if (field.getValue().equals(baseValue)) {
                continue;
            }
            if (field.getValue() instanceof ObjectNode fullObject && baseValue instanceof ObjectNode baseObject) {
                diff.set(field.getKey(), difference(fullObject, baseObject));
            } else {
                diff.set(field.getKey(), field.getValue());
            }
        }
        return diff;
    }
}
