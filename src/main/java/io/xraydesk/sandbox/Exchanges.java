package io.xraydesk.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading and writing bodies of {@link HttpExchange}s: JSON for the API, XML for S3. */
final class Exchanges {

    /** Largest JSON body the API reads; bodies are small, bigger ones are rejected, not buffered. */
    private static final int MAX_JSON_BYTES = 1024 * 1024;

    private Exchanges() {
    }

    static JsonNode readJson(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_JSON_BYTES + 1);
        }
        if (body.length > MAX_JSON_BYTES) {
            throw new ApiError(413, "body_too_large", "JSON bodies are limited to 1 MiB");
        }
        if (body.length == 0) {
            throw ApiError.badRequest("invalid_body", "A JSON body is required", null);
        }
        try {
            JsonNode node = WireJson.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("invalid_body", "The body must be a JSON object", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid_body", "The body is not valid JSON: " + e.getOriginalMessage(), null);
        }
    }

    static <T> T readAs(HttpExchange ex, Class<T> type) throws IOException {
        JsonNode node = readJson(ex);
        try {
            return WireJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid_body", "The body does not match the expected shape: "
                    + e.getOriginalMessage(), null);
        }
    }

    /**
     * Writes {@code {"<key>": value}}, the wrapped form the sandbox always emits (docs/october-api.md, Conventions).
     */
    static void sendWrapped(HttpExchange ex, int status, String key, Object value) throws IOException {
        ObjectNode root = WireJson.mapper().createObjectNode();
        root.set(key, WireJson.mapper().valueToTree(value));
        sendJson(ex, status, root);
    }

    static void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", WireJson.mapper().writeValueAsBytes(body));
    }

    static void sendError(HttpExchange ex, ApiError error) throws IOException {
        ObjectNode body = WireJson.mapper().createObjectNode();
        body.put("error", error.code());
        body.put("message", error.getMessage());
        if (error.field() != null) {
            body.put("field", error.field());
        }
        sendJson(ex, error.status(), body);
    }

    /** An S3 error document, as AWS answers it. */
    static void sendS3Error(HttpExchange ex, int status, String code, String message) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + escapeXml(code)
                + "</Code><Message>" + escapeXml(message) + "</Message></Error>";
        send(ex, status, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    static void sendEmpty(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Decoded query parameters; a repeated name keeps its last value. */
    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Drains what the client still sends so the connection can be answered cleanly. */
    static void drain(HttpExchange ex) {
        try (InputStream in = ex.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the client went away; nothing left to answer
        }
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
