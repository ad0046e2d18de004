package io.xraydesk.api.model;

import java.util.Arrays;
import java.util.Optional;

/** Period a document covers, the medium's {@code meta.period} (docs/october-api.md, Media and uploads). */
public enum Period {
    YEAR("year"),
    MONTH("month"),
    QUARTER("quarter"),
    SEMESTER("semester");

    private final String wire;

    Period(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Period> fromWire(String value) {
        return Arrays.stream(values()).filter(p -> p.wire.equals(value)).findFirst();
    }
}
