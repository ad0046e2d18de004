package io.xraydesk.ui.dashboard;

import io.xraydesk.core.watch.XRayState;
import java.util.Locale;
import java.util.function.Predicate;

/** The X-Ray state filter of the requests list; texts under {@code dashboard.filter.xray.<name>}. */
public enum XRayFilter {
    ALL(row -> true),
    SOME_PENDING(row -> row.hasAny(XRayState.Kind.PENDING)),
    ALL_READY(RequestRow::allReady),
    SOME_NOT_APPLICABLE(row -> row.hasAny(XRayState.Kind.NOT_APPLICABLE));

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
