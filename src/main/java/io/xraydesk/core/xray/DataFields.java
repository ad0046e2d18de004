package io.xraydesk.core.xray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.xraydesk.api.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The few reads of a report's {@code data} the X-Ray states need. The layout is undocumented (see
 * docs/october-api.md, open question OQ-16): a field may be missing, null or of another type, and then
 * reads as absent.
 */
final class DataFields {

    private DataFields() {
    }

    /** The report's data, or a missing node (never null). */
    static JsonNode of(Report report) {
        return report.data() == null ? MissingNode.getInstance() : report.data();
    }

    /** A non-blank text, number or boolean as text. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank()
                ? Optional.of(value.asText().trim()) : Optional.empty();
    }

    /** A number, or a text holding one (some servers quote their numbers). */
    static OptionalDouble number(JsonNode node, String field) {
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

    /** The non-blank scalar items of an array field. */
    static List<String> texts(JsonNode node, String field) {
        List<String> list = new ArrayList<>();
        node.path(field).forEach(element -> {
            if (element.isValueNode() && !element.isNull() && !element.asText().isBlank()) {
                list.add(element.asText().trim());
            }
        });
        return list;
    }
}
