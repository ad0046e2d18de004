package io.xraydesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads successful answers: JSON parsing, the wrapped-or-bare envelope (docs/october-api.md, Conventions, open question
 * OQ-4) and the conversion into wire records, each failure reported as a {@link MalformedResponseException} with a
 * short redacted snippet.
 */
final class JsonBodies {

    /** Characters of an unreadable answer quoted in its exception. */
    static final int SNIPPET = 120;

    private final String body;
    private final int status;
    private final String method;
    private final String path;
    /** Parsed on first use: most answers are read once, a create's twice when it must be checked. */
    private JsonNode tree;

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
        if (tree != null) {
            return tree;
        }
        try {
            tree = WireJson.mapper().readTree(body);
            return tree;
        } catch (JsonProcessingException notJson) {
            throw malformed("answer is not JSON", notJson);
        }
    }

    /** The answer as received, for messages that must quote it and for finding an id in it. */
    String text() {
        return body;
    }

    /**
     * Whether the answer holds a resource at all: a JSON object with an {@code id}, wrapped under
     * {@code key} or bare. False for an empty answer, one that is not JSON, or an acknowledgement
     * such as {@code {"success":true}}.
     */
    boolean holdsResource(String key) {
        if (body.isBlank()) {
            return false;
        }
        JsonNode resource;
        try {
            resource = Envelope.unwrap(tree(), key);
        } catch (MalformedResponseException notJson) {
            return false;
        }
        return resource.isObject() && resource.path("id").isTextual();
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

    /**
     * The reports of a list answer, wrapped as {@code {"reports": […]}} or a bare array. Each item is
     * read on its own: one that cannot be read is reported by index and field, the others are kept.
     */
    ReportList reports() {
        JsonNode items = Envelope.unwrap(tree(), "reports");
        if (!items.isArray()) {
            throw malformed("expected a list of reports", null);
        }
        List<Report> readable = new ArrayList<>();
        List<UnreadableItem> unreadable = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            JsonNode item = items.get(index);
            String id = item.path("id").isTextual() ? item.path("id").asText() : null;
            if (!item.isObject() || id == null) {
                unreadable.add(new UnreadableItem(index, null, UnreadableField.at("id", item.get("id"))));
                continue;
            }
            try {
                readable.add(Report.read(item));
            } catch (JsonMappingException wrongShape) {
                unreadable.add(new UnreadableItem(index, id, UnreadableField.of(item, wrongShape)));
            } catch (JsonProcessingException | IllegalArgumentException wrongShape) {
                unreadable.add(new UnreadableItem(index, id, UnreadableField.at("(whole object)", item)));
            }
        }
        return new ReportList(readable, unreadable, tree());
    }

    /**
     * A medium draft: {@code {"medium":{…},"upload":{…}}}, or a bare medium carrying its {@code upload}
     * inside. The upload data is also taken from the top level ({@code "url"} and {@code "fields"}
     * beside the medium) since its place is not documented (see docs/october-api.md, Media and
     * uploads). Without an upload URL the draft is useless, so that is malformed too.
     */
    JsonNode mediumDraft() {
        JsonNode tree = tree();
        if (!tree.isObject()) {
            throw malformed("expected a medium", null);
        }
        JsonNode upload = tree.get("upload");
        if ((upload == null || !upload.isObject()) && isUploadTarget(tree)) {
            upload = uploadFromTopLevel(tree);
        }
        JsonNode medium = tree.get("medium");
        if (medium == null || !medium.isObject()) {
            ObjectNode bare = ((ObjectNode) tree).deepCopy();
            bare.remove(List.of("upload", "fields", "method"));
            if (upload != null && upload.path("url").equals(bare.get("url"))) {
                bare.remove("url");
            }
            medium = bare;
        }
        if (upload == null || !upload.isObject() || !upload.path("url").isTextual()) {
            throw malformed("the new medium comes without upload data (no upload.url, nor url and fields)", null);
        }
        ObjectNode draft = WireJson.mapper().createObjectNode();
        draft.set("medium", medium);
        draft.set("upload", upload);
        return draft;
    }

    /**
     * Top-level upload data: {@code fields} beside a {@code url}, or an absolute {@code url} (a
     * medium's own {@code url} is a path relative to the CDN, never absolute).
     */
    private static boolean isUploadTarget(JsonNode tree) {
        String url = tree.path("url").asText("");
        return tree.path("url").isTextual()
                && (tree.path("fields").isObject() || url.startsWith("https://") || url.startsWith("http://"));
    }

    private static JsonNode uploadFromTopLevel(JsonNode tree) {
        ObjectNode upload = WireJson.mapper().createObjectNode();
        upload.set("url", tree.get("url"));
        if (tree.has("fields")) {
            upload.set("fields", tree.get("fields"));
        }
        if (tree.has("method")) {
            upload.set("method", tree.get("method"));
        }
        return upload;
    }

    <T> T convert(JsonNode node, Class<T> type) {
        return convert(node, type.getSimpleName(), tree -> WireJson.mapper().treeToValue(tree, type));
    }

    /** The single report, wrapped as {@code {"report": {…}}} or bare, keeping its JSON as sent. */
    Report report() {
        return convert(identified(Envelope.unwrap(tree(), "report"), "report"), "Report", Report::read);
    }

    private <T> T convert(JsonNode node, String typeName, TreeReader<T> reader) {
        if (node == null || !node.isObject()) {
            throw malformed("expected a JSON object for " + typeName, null);
        }
        try {
            return reader.read(node);
        } catch (JsonMappingException wrongShape) {
            throw malformed("unexpected shape for " + typeName + ": "
                    + UnreadableField.of(node, wrongShape).describe(), wrongShape);
        } catch (JsonProcessingException | IllegalArgumentException wrongShape) {
            throw malformed("unexpected shape for " + typeName, wrongShape);
        }
    }

    /** Reads a value from a JSON tree, failing as the mapper does. */
    @FunctionalInterface
    private interface TreeReader<T> {
        T read(JsonNode tree) throws JsonProcessingException;
    }

    private MalformedResponseException malformed(String problem, Throwable cause) {
        return new MalformedResponseException(problem, ErrorBody.snippet(body, SNIPPET), status, method, path, cause);
    }
}
