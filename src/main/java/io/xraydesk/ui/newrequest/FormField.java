package io.xraydesk.ui.newrequest;

import io.xraydesk.core.notes.NoteField;
import java.util.Arrays;
import java.util.Optional;

/** The fields of the new-request form, with the body property each one fills (docs/october-api.md, Requests). */
public enum FormField {
    CODE("code"),
    BUSINESS_NAME("businessName"),
    CREATOR("creator"),
    HOLDING(NoteField.HOLDING),
    WORKFORCE_NUMBER(NoteField.WORKFORCE_NUMBER),
    EQUITY(NoteField.EQUITY),
    REVENUE(NoteField.REVENUE),
    AMORTIZATION_DEPRECIATION(NoteField.AMORTIZATION_DEPRECIATION),
    NET_INCOME(NoteField.NET_INCOME);

    private final String wirePath;
    private final NoteField note;

    /** A top-level property of the body. */
    FormField(String wirePath) {
        this.wirePath = wirePath;
        this.note = null;
    }

    /** A property of {@code notes}: its path follows the notes field's own wire name. */
    FormField(NoteField note) {
        this.wirePath = "notes." + note.wire();
        this.note = note;
    }

    /** The notes field this form field edits, if it is one. */
    public Optional<NoteField> note() {
        return Optional.ofNullable(note);
    }

    public static FormField of(NoteField field) {
        return Arrays.stream(values()).filter(f -> f.note == field).findFirst().orElseThrow();
    }

    /**
     * The field a server's 400 names ({@code code.id}, {@code notes.workforceNumber}, {@code creator}…):
     * the exact property, else the one it belongs to ({@code code.type} is the code's). A refusal of
     * {@code notes} as a whole names no single field.
     */
    public static Optional<FormField> forServerField(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String wanted = path.strip();
        for (FormField field : values()) {
            if (field.wirePath.equals(wanted)) {
                return Optional.of(field);
            }
        }
        String head = wanted.contains(".") ? wanted.substring(0, wanted.indexOf('.')) : wanted;
        return Arrays.stream(values()).filter(f -> f.note == null && f.wirePath.equals(head)).findFirst();
    }
}
