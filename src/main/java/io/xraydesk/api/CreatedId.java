package io.xraydesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a created resource, dug out of an answer that could not be read as a whole: from the
 * JSON when it parses ({@code id} or {@code _id}, wrapped or bare), else from the text of a cut or
 * broken answer. In text only an id of the documented form, 24 hexadecimal digits, is taken (see
 * docs/october-api.md, Requests): a company code's {@code "id": "514673987"} may come first.
 */
final class CreatedId {

    private static final Pattern ID_PAIR = Pattern.compile("\"_?id\"\\s*:\\s*\"([0-9a-fA-F]{24})\"");

    private CreatedId() {
    }

    /** The id, or null when the answer holds none. */
    static String find(String body, String key) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode resource;
        try {
            resource = Envelope.unwrap(WireJson.mapper().readTree(body), key);
        } catch (JsonProcessingException notJson) {
            Matcher pair = ID_PAIR.matcher(body);
            return pair.find() ? pair.group(1) : null;
        }
        for (String field : new String[] {"id", "_id"}) {
            if (resource != null && resource.path(field).isTextual() && !resource.path(field).asText().isBlank()) {
                return resource.path(field).asText();
            }
        }
        return null;
    }
}
