package io.xraydesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The few values of a report's {@code data} that its X-Ray's state, grade, probability of default and data
 * sanity are decided from (docs/xray-states.md, Reading a report and Which documents were sent). The cache
 * keeps them in columns beside the report's JSON, written with it, so the portfolio reads 40,000 reports in
 * one query of small columns instead of parsing each (docs/portfolio.md, Speed). They are read from the JSON
 * here only: the X-Ray rules read a whole report through {@link #of(JsonNode)} too, so a report decides the
 * same from its columns as from its JSON.
 *
 * @param failure              why the run failed ({@code data.error}: its message or its text; else
 *                             {@code data.reason} when {@code data.status} is "failed"); empty when the report
 *                             says it failed without saying why; null when it does not say it failed
 * @param grade                {@code data.grade} (the Financial X-Ray may grade there rather than in {@code score})
 * @param probabilityOfDefault {@code data.probabilityOfDefault} (0–1)
 * @param dataSanity           {@code data.dataSanity} (0–100)
 * @param missingInputs        {@code data.missingInputs}, never null
 * @param notRatedReason       {@code data.notRatedReason}
 * @param flag                 {@code data.flag}, the Doc X-Ray's overall verdict
 * @param checks               whether {@code data.checks} is a list (a Doc X-Ray that checked the document)
 * @param documentName         {@code data.documentName} as written, null when empty
 * @param documentType         {@code data.documentType} as written, null when empty
 */
public record ReportFields(String failure, String grade, Double probabilityOfDefault, Double dataSanity,
        List<String> missingInputs, String notRatedReason, String flag, boolean checks, String documentName,
        String documentType) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ReportFields {
        missingInputs = List.copyOf(missingInputs);
    }

    /** The fields of a report's {@code data} (null or missing when it has none). */
    public static ReportFields of(JsonNode data) {
        JsonNode d = data == null ? MissingNode.getInstance() : data;
        return new ReportFields(failure(d), text(d, "grade"), number(d, "probabilityOfDefault"),
                number(d, "dataSanity"), JsonFields.texts(d, "missingInputs"), text(d, "notRatedReason"),
                text(d, "flag"), d.path("checks").isArray(), written(d, "documentName"), written(d, "documentType"));
    }

    /** The fields of a report kept as JSON text; none when the text is not JSON (such a report is never read). */
    static ReportFields ofReportJson(String json) {
        try {
            return of(JSON.readTree(json).path("data"));
        } catch (JsonProcessingException unreadable) {
            return of(null);
        }
    }

    /**
     * A report {@code data} holding these fields alone, which {@link #of(JsonNode)} reads back as these fields:
     * what the X-Ray rules read of a report known only by its columns.
     */
    public ObjectNode toData() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (failure != null) {
            ObjectNode error = data.putObject("error");
            if (!failure.isEmpty()) {
                error.put("message", failure);
            }
        }
        putText(data, "grade", grade);
        if (probabilityOfDefault != null) {
            data.put("probabilityOfDefault", probabilityOfDefault);
        }
        if (dataSanity != null) {
            data.put("dataSanity", dataSanity);
        }
        if (!missingInputs.isEmpty()) {
            missingInputs.forEach(data.putArray("missingInputs")::add);
        }
        putText(data, "notRatedReason", notRatedReason);
        putText(data, "flag", flag);
        if (checks) {
            data.putArray("checks");
        }
        putText(data, "documentName", documentName);
        putText(data, "documentType", documentType);
        return data;
    }

    /** {@code data.missingInputs} as a JSON list for its column, null when empty. */
    String missingInputsJson() {
        return missingInputs.isEmpty() ? null : JSON.createArrayNode().addAll(missingInputs.stream()
                .map(JsonNodeFactory.instance::textNode).toList()).toString();
    }

    /** The list its column holds (texts already trimmed and non-blank when written). */
    static List<String> missingInputs(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<String> inputs = new ArrayList<>();
            JSON.readTree(json).forEach(input -> inputs.add(input.asText()));
            return inputs;
        } catch (JsonProcessingException unreadable) {
            throw new StoreException(StoreException.Kind.FAILED, "A report's missing inputs are not a list.", unreadable);
        }
    }

    private static String failure(JsonNode data) {
        JsonNode error = data.path("error");
        if (error.isObject()) {
            return JsonFields.text(error, "message").orElse("");
        }
        if (error.isTextual() && !error.asText().isBlank()) {
            return error.asText().trim();
        }
        if ("failed".equalsIgnoreCase(text(data, "status"))) {
            return JsonFields.text(data, "reason").orElse("");
        }
        return null;
    }

    private static String text(JsonNode data, String field) {
        return JsonFields.text(data, field).orElse(null);
    }

    private static Double number(JsonNode data, String field) {
        OptionalDouble value = JsonFields.number(data, field);
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** The field's text as the document rules compare it: untrimmed, null when empty or not a text. */
    private static String written(JsonNode data, String field) {
        String value = data.path(field).asText("");
        return value.isEmpty() ? null : value;
    }

    private static void putText(ObjectNode data, String field, String value) {
        if (value != null) {
            data.put(field, value);
        }
    }
}
