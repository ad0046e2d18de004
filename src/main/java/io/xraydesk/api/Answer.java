package io.xraydesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A resource read from an answer, with the answer's JSON exactly as the server sent it (envelope,
 * unknown fields and nulls included), for output that must show what the API returned rather than
 * what this client understood of it.
 */
public record Answer<T>(T value, JsonNode json) {

    public Answer {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(json, "json");
    }
}
