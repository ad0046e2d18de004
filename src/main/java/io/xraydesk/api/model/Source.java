package io.xraydesk.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /** The source whose wire name is exactly {@code value}: what this client sends and the sandbox serves. */
    public static Optional<Source> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }

    /**
     * The source a value from the server names, read leniently because only {@code esg} is documented
     * (see docs/october-api.md, Reports): any case, surrounding blanks, an {@code _xray} / {@code -xray}
     * / {@code " x-ray"} suffix, or one of the {@link #ALIASES}. Callers keep the raw value for display.
     */
    public static Optional<Source> recognise(String value) {
        if (value == null) {
            return Optional.empty();
        }
        // The exact wire name, as nearly every cached report has it, skips the pattern: a 10,000-company
        // portfolio asks this of its 40,000 reports several times each (docs/portfolio.md, Speed).
        Optional<Source> exact = BY_WIRE.get(value);
        if (exact != null) {
            return exact;
        }
        String name = SUFFIX.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        return fromWire(name).or(() -> Optional.ofNullable(ALIASES.get(name)));
    }

    private static final Map<String, Optional<Source>> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Source::wire, Optional::of));
    private static final Pattern SUFFIX = Pattern.compile("[ _-]?x-?ray$");
    /** Other names an X-Ray goes by in the documentation's prose and in plural forms. */
    private static final Map<String, Source> ALIASES = Map.of(
            "document", DOC, "documents", DOC, "docs", DOC,
            "banking", BANK,
            "finance", FINANCIAL, "financials", FINANCIAL,
            "managers", MANAGER);
}
