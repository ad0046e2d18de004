package io.xraydesk.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The analyst's last look at a request on this workstation: when the request's page was opened and
 * what its X-Rays said then, so that the portfolio view can tell a grade that moved or a report that
 * arrived since. Kept per workstation: another analyst's look says nothing about this one's.
 *
 * @param grades  the grade of each X-Ray that had one then, keyed by the X-Ray's wire name ({@code bank})
 * @param reports how many reports of the five X-Rays the request had then
 */
public record LookMark(String requestId, Instant lookedAt, Map<String, String> grades, int reports) {

    public LookMark {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(lookedAt, "lookedAt");
        grades = Map.copyOf(grades);
    }
}
