package io.xraydesk.api;

/**
 * One item of a list answer that could not be read, while the others were: its position in the list
 * (from 0), its id when it had a readable one, and the field that stopped the reading.
 */
public record UnreadableItem(int index, String id, UnreadableField field) {

    /** "item 2 (id 65a…): field createdAt, value starts with "yesterday"". */
    public String describe() {
        return "item " + index + (id == null ? "" : " (id " + id + ")") + ": " + field.describe();
    }
}
