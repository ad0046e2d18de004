package io.xraydesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Lenient reads of one field of a report's JSON. The report layout is undocumented (docs/october-api.md,
 * open question OQ-16): a field may be missing, null or of another type, and then reads as absent. The store
 * reads reports with these when it keeps their {@link ReportFields}, and the X-Ray rules read them the same
 * way, so both give the same value.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** A non-blank text, number or boolean as text, trimmed. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank()
                ? Optional.of(value.asText().trim()) : Optional.empty();
    }

    /** A number, or a text holding one (some servers quote their numbers). */
    public static OptionalDouble number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return OptionalDouble.of(value.asDouble());
        }
        try {
            return value.isTextual() ? OptionalDouble.of(Double.parseDouble(value.asText().trim()))
                    : OptionalDouble.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    /** The non-blank scalar items of an array field, trimmed. */
    public static List<String> texts(JsonNode node, String field) {
        List<String> list = new ArrayList<>();
        node.path(field).forEach(element -> {
            if (element.isValueNode() && !element.isNull() && !element.asText().isBlank()) {
                list.add(element.asText().trim());
            }
        });
        return list;
    }
}
