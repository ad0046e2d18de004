package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Tolerant reads of a report's {@code data}: its layout is undocumented (docs/october-api.md, open question OQ-16), so
 * a field may be missing, null or of another type than expected. Every read answers "absent" rather than failing;
 * callers show absent values as a dash.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** A text, or a number/boolean shown as text; absent for null, missing, objects and arrays. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return Optional.empty();
        }
        String text = value.asText().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A number, or a text that parses as one (some APIs quote their numbers). */
    public static OptionalDouble number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (value.isNumber()) {
            return OptionalDouble.of(value.asDouble());
        }
        if (value.isTextual()) {
            try {
                double parsed = Double.parseDouble(value.asText().trim());
                return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
            } catch (NumberFormatException notANumber) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    /** A boolean, or the texts {@code true}/{@code false}. */
    public static Optional<Boolean> bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        if (value.isTextual() && value.asText().matches("(?i)true|false")) {
            return Optional.of(Boolean.parseBoolean(value.asText()));
        }
        return Optional.empty();
    }

    /** The object elements of an array field; anything else in the array is skipped. */
    public static List<JsonNode> objects(JsonNode node, String field) {
        JsonNode array = node == null ? null : node.get(field);
        List<JsonNode> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(element -> {
                if (element.isObject()) {
                    list.add(element);
                }
            });
        }
        return list;
    }

    /** The scalar elements of an array field, as text. */
    public static List<String> texts(JsonNode node, String field) {
        JsonNode array = node == null ? null : node.get(field);
        List<String> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(element -> {
                if (element.isValueNode() && !element.isNull() && !element.asText().isBlank()) {
                    list.add(element.asText());
                }
            });
        }
        return list;
    }

    /** The field when it is an object, else an empty object-like missing node. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? value : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
