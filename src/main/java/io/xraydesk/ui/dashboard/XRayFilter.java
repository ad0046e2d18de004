package io.xraydesk.ui.dashboard;

import io.xraydesk.core.xray.XRayStatus;
import java.util.Locale;
import java.util.function.Predicate;

/** The X-Ray state filter of the requests list; texts under {@code dashboard.filter.xray.<name>}. */
public enum XRayFilter {
    ALL(row -> true),
    SOME_PENDING(row -> row.hasAny(XRayStatus.PENDING)),
    ALL_READY(RequestRow::allReady),
    SOME_AWAITING_DOCUMENTS(row -> row.hasAny(XRayStatus.AWAITING_DOCUMENTS)),
    SOME_NOT_RATED(row -> row.hasAny(XRayStatus.NOT_RATED)),
    SOME_FAILED(row -> row.hasAny(XRayStatus.FAILED)),
    NOT_FOUND(row -> !row.isOnServer()),
    /** A grade moved or a report arrived since the analyst last opened the request here. */
    CHANGED(row -> row.sinceLastLook().anything());

    private final Predicate<RequestRow> test;

    XRayFilter(Predicate<RequestRow> test) {
        this.test = test;
    }

    public boolean accepts(RequestRow row) {
        return test.test(row);
    }

    public String messageKey() {
        return "dashboard.filter.xray." + name().toLowerCase(Locale.ROOT);
    }
}
