package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;

/** Turns tolerant reads into table cell values (text, {@link Double} or null for absent). */
final class Cells {

    private Cells() {
    }

    static Object text(JsonNode node, String field) {
        return JsonFields.text(node, field).orElse(null);
    }

    static Object number(JsonNode node, String field) {
        return boxed(JsonFields.number(node, field));
    }

    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
