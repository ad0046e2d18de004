package io.xraydesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.log.Redactor;
import io.xraydesk.api.model.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an error answer says. The format is undocumented (docs/october-api.md, open question OQ-23); the reading order
 * is the one of docs/october-api.md, Errors:
 * {@code message}, else {@code error}, else {@code errors} (a string, an array, or an object of
 * field → messages, joined), else the raw body, truncated. Everything is redacted.
 */
record ErrorBody(boolean isJsonObject, String message, String field) {

    private static final int MAX_RAW = 200;
    private static final int MAX_MESSAGE = 300;

    static ErrorBody parse(String body) {
        JsonNode json = tryJson(body);
        if (json == null || !json.isObject()) {
            return new ErrorBody(false, body == null || body.isBlank() ? "no details given" : snippet(body, MAX_RAW), null);
        }
        String message = firstText(json.get("message"), json.get("error"), json.get("errors"));
        String field = textOrNull(json.get("field"));
        JsonNode errors = json.get("errors");
        if (field == null && errors != null && errors.isObject() && errors.size() > 0) {
            field = errors.fieldNames().next();
        }
        return new ErrorBody(true, message == null ? snippet(body, MAX_RAW) : readable(message), field);
    }

    /**
     * A server's message as one redacted line of readable length: a message of megabytes, or one
     * holding line breaks and escape sequences, would otherwise be printed as it came.
     */
    static String readable(String message) {
        return Redactor.redact(PrintableText.of(message, MAX_MESSAGE));
    }

    /** A short, single-line, redacted excerpt of a body for messages and logs. */
    static String snippet(String body, int max) {
        String flat = body.replaceAll("\\s+", " ").strip();
        String cut = flat.length() > max ? flat.substring(0, max) + "…" : flat;
        return Redactor.redact(PrintableText.of(cut, Integer.MAX_VALUE));
    }

    private static JsonNode tryJson(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return WireJson.mapper().readTree(body);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            String text = joined(candidate);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static String joined(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> parts.add(item.isObject() && item.has("message") ? joined(item.get("message")) : joined(item)));
        } else {
            if (node.has("message")) {
                return joined(node.get("message"));
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                parts.add(entry.getKey() + ": " + joined(entry.getValue()));
            }
        }
        return String.join("; ", parts);
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
