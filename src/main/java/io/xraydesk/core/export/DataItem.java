package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.core.export.ReportTable.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * An object of a list in a report's {@code data}, with its place in the report as a JSON Pointer
 * ({@code /data/alerts/2}), so that the row showing it can say where its value was read.
 */
record DataItem(JsonNode node, String pointer) {

    /**
     * The object elements of the list {@code field} of {@code data}, in order; anything else in the
     * list is skipped but keeps its position, so each pointer names the element it was read from.
     */
    static List<DataItem> of(JsonNode data, String field) {
        JsonNode list = data == null ? null : data.get(field);
        List<DataItem> items = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isObject()) {
                    items.add(new DataItem(list.get(i), "/data/" + field + "/" + i));
                }
            }
        }
        return items;
    }

    /**
     * {@code row}, quoting this item's {@code field} under {@code name}; {@code row} as it is when the
     * field holds no value or the value has no name to read by.
     */
    Row quoting(Row row, String field, String name) {
        if (name == null || name.isBlank() || JsonFields.text(node, field).isEmpty()) {
            return row;
        }
        return row.quoting(pointer + "/" + field, name);
    }
}
