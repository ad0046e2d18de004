package io.xraydesk.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where an answer could not be read: the path of the field (as {@code data.items[2].date}) and the
 * start of the value found there, so a message can say which value the client did not understand.
 */
public record UnreadableField(String path, String valueStart) {

    private static final int VALUE_START = 40;

    /** The field {@code failure} stopped at, looked up in {@code root} for its value. */
    static UnreadableField of(JsonNode root, JsonMappingException failure) {
        List<JsonMappingException.Reference> references = failure.getPath();
        StringBuilder path = new StringBuilder();
        JsonNode value = root;
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
                value = value == null ? null : value.get(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
                value = value == null ? null : value.get(reference.getIndex());
            }
        }
        return new UnreadableField(path.length() == 0 ? "(whole object)" : path.toString(), start(value));
    }

    /** A field that is missing or of the wrong kind at the top of an item, such as its {@code id}. */
    static UnreadableField at(String path, JsonNode value) {
        return new UnreadableField(path, start(value));
    }

    /** "field createdAt, value starts with "2024-13-45"". */
    public String describe() {
        return "field " + path + ", value " + (valueStart == null ? "missing" : "starts with " + valueStart);
    }

    private static String start(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return null;
        }
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        return ErrorBody.snippet(text, VALUE_START);
    }
}
