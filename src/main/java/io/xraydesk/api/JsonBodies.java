package io.xraydesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads successful answers: JSON parsing, the wrapped-or-bare envelope (docs/october-api.md, Conventions, open question
 * OQ-4) and the conversion into wire records, each failure reported as a {@link MalformedResponseException} with a
 * short redacted snippet.
 */
final class JsonBodies {

    private static final int SNIPPET = 120;

    private final String body;
    private final int status;
    private final String method;
    private final String path;

    JsonBodies(String body, int status, String method, String path) {
        this.body = body == null ? "" : body;
        this.status = status;
        this.method = method;
        this.path = path;
    }

    JsonNode tree() {
        if (body.isBlank()) {
            throw malformed("empty answer where a JSON body was expected", null);
        }
        try {
            return WireJson.mapper().readTree(body);
        } catch (JsonProcessingException notJson) {
            throw malformed("answer is not JSON", notJson);
        }
    }

    /** The single resource, wrapped as {@code {"<key>": {…}}} or bare. */
    <T> T resource(String key, Class<T> type) {
        return convert(identified(Envelope.unwrap(tree(), key), key), type);
    }

    /**
     * Every resource the API returns has an {@code id}. Unknown fields are ignored on purpose, so
     * without this check any JSON object — an error page's, a proxy's — would become a resource with
     * every field null, and the caller would go on with a request or report that does not exist.
     */
    private JsonNode identified(JsonNode node, String key) {
        if (node != null && node.isObject() && !node.path("id").isTextual()) {
            throw malformed("the " + key + " in the answer has no id", null);
        }
        return node;
    }

    /** A list, wrapped as {@code {"<key>": […]}} or a bare array. */
    <T> List<T> list(String key, Class<T> type) {
        JsonNode items = Envelope.unwrap(tree(), key);
        if (!items.isArray()) {
            throw malformed("expected a list of " + key, null);
        }
        List<T> result = new ArrayList<>();
        items.forEach(item -> result.add(convert(identified(item, key), type)));
        return List.copyOf(result);
    }

    /**
     * A medium draft: {@code {"medium":{…},"upload":{…}}}, or a bare medium carrying its {@code upload}
     * inside. Without an upload URL the draft is useless, so that is malformed too.
     */
    JsonNode mediumDraft() {
        JsonNode tree = tree();
        if (!tree.isObject()) {
            throw malformed("expected a medium", null);
        }
        JsonNode medium = tree.get("medium");
        if (medium == null || !medium.isObject()) {
            ObjectNode bare = ((ObjectNode) tree).deepCopy();
            bare.remove("upload");
            ObjectNode wrapped = WireJson.mapper().createObjectNode();
            wrapped.set("medium", bare);
            wrapped.set("upload", tree.get("upload"));
            tree = wrapped;
        }
        JsonNode upload = tree.get("upload");
        if (upload == null || !upload.isObject() || !upload.path("url").isTextual()) {
            throw malformed("the new medium comes without upload data", null);
        }
        return tree;
    }

    <T> T convert(JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            throw malformed("expected a JSON object for " + type.getSimpleName(), null);
        }
        try {
            return WireJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException wrongShape) {
            throw malformed("unexpected shape for " + type.getSimpleName(), wrongShape);
        }
    }

    private MalformedResponseException malformed(String problem, Throwable cause) {
        return new MalformedResponseException(problem, ErrorBody.snippet(body, SNIPPET), status, method, path, cause);
    }
}
