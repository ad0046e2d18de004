package io.xraydesk.core.xray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.store.JsonFields;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The few reads of a report's {@code data} the X-Ray states need, as lenient as the store's ({@link
 * JsonFields}): the layout is undocumented (see docs/october-api.md, open question OQ-16).
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
        return JsonFields.text(node, field);
    }

    /** A number, or a text holding one (some servers quote their numbers). */
    static OptionalDouble number(JsonNode node, String field) {
        return JsonFields.number(node, field);
    }

    /** The non-blank scalar items of an array field. */
    static List<String> texts(JsonNode node, String field) {
        return JsonFields.texts(node, field);
    }
}
