package io.xraydesk.ui.newrequest;

import io.xraydesk.core.notes.NoteField;
import java.util.Arrays;
import java.util.Optional;

/** The fields of the new-request form, with the body property each one fills (docs/october-api.md, Requests). */
public enum FormField {
    CODE("code", null),
    BUSINESS_NAME("businessName", null),
    CREATOR("creator", null),
    HOLDING("notes.holding", NoteField.HOLDING),
    WORKFORCE_NUMBER("notes.workforceNumber", NoteField.WORKFORCE_NUMBER),
    EQUITY("notes.equity", NoteField.EQUITY),
    REVENUE("notes.revenue", NoteField.REVENUE),
    AMORTIZATION_DEPRECIATION("notes.amortizationDepreciation", NoteField.AMORTIZATION_DEPRECIATION),
    NET_INCOME("notes.netIncome", NoteField.NET_INCOME);

    private final String wirePath;
    private final NoteField note;

    FormField(String wirePath, NoteField note) {
        this.wirePath = wirePath;
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
