package io.xraydesk.core.notes;

/**
 * The business and financial fields of a request's notes (docs/october-api.md, Requests, notes) and what each accepts.
 */
public enum NoteField {
    HOLDING("holding", false),
    WORKFORCE_NUMBER("workforceNumber", false),
    EQUITY("equity", true),
    REVENUE("revenue", false),
    AMORTIZATION_DEPRECIATION("amortizationDepreciation", false),
    NET_INCOME("netIncome", true);

    private final String wire;
    private final boolean negativeAllowed;

    NoteField(String wire, boolean negativeAllowed) {
        this.wire = wire;
        this.negativeAllowed = negativeAllowed;
    }

    /** The JSON property name in {@code notes}. */
    public String wire() {
        return wire;
    }

    /** Equity and net income are negative for loss-making companies; the others cannot be. */
    public boolean negativeAllowed() {
        return negativeAllowed;
    }

    /** Message key of the field's label. */
    public String labelKey() {
        return "notes.field." + wire;
    }
}
