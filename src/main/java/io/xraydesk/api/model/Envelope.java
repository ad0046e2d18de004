package io.xraydesk.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The response envelope question (docs/october-api.md, Conventions, open question OQ-4). The guides wrap single
 * resources in an object keyed by the singular name ({@code {"request":{…}}}) and lists by the plural; one page shows
 * bare bodies. Readers accept both; the sandbox writes the wrapped form.
 */
public final class Envelope {

    private Envelope() {
    }

    /**
     * Returns the resource inside {@code {"<key>": …}} when the body is wrapped that way, or the
     * body itself when it is bare. A body is taken as wrapped only when it holds the key with an
     * object or array value, so a bare request that happened to have a {@code request} string field
     * is not mistaken for an envelope.
     */
    public static JsonNode unwrap(JsonNode body, String key) {
        if (body != null && body.isObject()) {
            JsonNode inner = body.get(key);
            if (inner != null && (inner.isObject() || inner.isArray())) {
                return inner;
            }
        }
        return body;
    }
}
