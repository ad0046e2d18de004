package io.xraydesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * The reports of a list answer that could be read, in the server's order, and the items that could
 * not. Each item is read on its own so that one bad report never hides the others; callers that show
 * the list say how many were left out and why (see {@link #unreadable()}).
 */
public final class ReportList extends AbstractList<Report> {

    private final List<Report> readable;
    private final List<UnreadableItem> unreadable;
    private final JsonNode json;

    public ReportList(List<Report> readable, List<UnreadableItem> unreadable, JsonNode json) {
        this.readable = List.copyOf(readable);
        this.unreadable = List.copyOf(unreadable);
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Report get(int index) {
        return readable.get(index);
    }

    @Override
    public int size() {
        return readable.size();
    }

    public List<UnreadableItem> unreadable() {
        return unreadable;
    }

    /** The whole answer as the server sent it, unreadable items and unknown fields included. */
    public JsonNode json() {
        return json;
    }
}
