package io.xraydesk.core.requests;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.Grades;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayWords;
import io.xraydesk.store.LookMark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a request since the analyst last opened its page on this workstation: the X-Rays
 * whose grade is better or worse than then, and how many reports arrived. A request never opened
 * here has no look to compare with ({@link #neverOpened()}).
 *
 * @param lookedAt   when the page was last opened, null when never
 * @param better     the X-Rays graded better than then (A is the best grade, docs/xray-states.md)
 * @param worse      the X-Rays graded worse than then
 * @param newReports how many reports arrived since
 */
public record SinceLastLook(Instant lookedAt, List<Source> better, List<Source> worse, int newReports) {

    public static final SinceLastLook NEVER_OPENED = new SinceLastLook(null, List.of(), List.of(), 0);

    public SinceLastLook {
        better = List.copyOf(better);
        worse = List.copyOf(worse);
    }

    /** The change between {@code mark} (null when never opened) and the X-Rays as they are now. */
    public static SinceLastLook of(LookMark mark, Map<Source, XRayOutcome> now) {
        if (mark == null) {
            return NEVER_OPENED;
        }
        List<Source> better = new ArrayList<>();
        List<Source> worse = new ArrayList<>();
        for (Source source : Source.values()) {
            String then = mark.grades().get(source.wire());
            XRayOutcome outcome = now.get(source);
            String grade = outcome == null ? null : outcome.grade();
            if (then != null && grade != null && !then.equals(grade)) {
                (Grades.compare(grade, then) < 0 ? better : worse).add(source);
            }
        }
        return new SinceLastLook(mark.lookedAt(), better, worse, Math.max(0, reportCount(now) - mark.reports()));
    }

    /** The mark to keep when the analyst opens the request now. */
    public static LookMark mark(String requestId, Instant at, Map<Source, XRayOutcome> now) {
        Map<String, String> grades = new HashMap<>();
        now.values().stream().filter(outcome -> outcome.grade() != null)
                .forEach(outcome -> grades.put(outcome.source().wire(), outcome.grade()));
        return new LookMark(requestId, at, grades, reportCount(now));
    }

    private static int reportCount(Map<Source, XRayOutcome> xrays) {
        return xrays.values().stream().mapToInt(XRayOutcome::reports).sum();
    }

    public boolean neverOpened() {
        return lookedAt == null;
    }

    /** A grade moved or a report arrived since the last look. */
    public boolean anything() {
        return !better.isEmpty() || !worse.isEmpty() || newReports > 0;
    }

    /**
     * "Financial worse · Bank better · 2 new reports" in the analyst's language; empty when nothing changed,
     * "not opened yet" when never opened.
     */
    public String words() {
        if (neverOpened()) {
            return Messages.get("portfolio.change.never");
        }
        List<String> parts = new ArrayList<>();
        worse.forEach(source -> parts.add(Messages.get("portfolio.change.worse", XRayWords.shortName(source))));
        better.forEach(source -> parts.add(Messages.get("portfolio.change.better", XRayWords.shortName(source))));
        if (newReports > 0) {
            parts.add(Messages.get("portfolio.change.reports", newReports));
        }
        return String.join(" · ", parts);
    }

    /** Orders changes by weight: a worse grade first, then a better one, then new reports. */
    public int weight() {
        return worse.size() * 10_000 + better.size() * 100 + Math.min(newReports, 99);
    }
}
