package io.xraydesk.api.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Document categories, the medium's {@code name} (docs/october-api.md, Media and uploads), with the periods each
 * accepts. Interim statements take the bank-statement periods: undocumented, inferred (docs/october-api.md, Media and
 * uploads).
 */
public enum DocumentCategory {
    CERTIFIED_FINANCIAL_STATEMENT("certified_financial_statement", List.of(Period.YEAR)),
    INTERIM_FINANCIAL_STATEMENT("interim_financial_statement",
            List.of(Period.MONTH, Period.QUARTER, Period.SEMESTER)),
    BANK_STATEMENT("bank_statement", List.of(Period.MONTH, Period.QUARTER, Period.SEMESTER)),
    OTHER("other", List.of());

    private final String wire;
    private final List<Period> allowedPeriods;

    DocumentCategory(String wire, List<Period> allowedPeriods) {
        this.wire = wire;
        this.allowedPeriods = allowedPeriods;
    }

    public String wire() {
        return wire;
    }

    public List<Period> allowedPeriods() {
        return allowedPeriods;
    }

    public boolean accepts(Period period) {
        return period == null ? true : allowedPeriods.contains(period);
    }

    public static Optional<DocumentCategory> fromWire(String value) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(value)).findFirst();
    }
}
