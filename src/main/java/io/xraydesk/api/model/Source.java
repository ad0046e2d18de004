package io.xraydesk.api.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five X-Rays, as report {@code source} values. Only {@code esg} is literally documented; the
 * others follow its naming (docs/october-api.md, Reports, open question OQ-16). A report with another source is kept
 * and shown generically, never dropped.
 */
public enum Source {
    DOC("doc", "Doc X-Ray"),
    BANK("bank", "Bank X-Ray"),
    FINANCIAL("financial", "Financial X-Ray"),
    ESG("esg", "ESG X-Ray"),
    MANAGER("manager", "Manager X-Ray");

    private final String wire;
    private final String displayName;

    Source(String wire, String displayName) {
        this.wire = wire;
        this.displayName = displayName;
    }

    public String wire() {
        return wire;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Source> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }
}
