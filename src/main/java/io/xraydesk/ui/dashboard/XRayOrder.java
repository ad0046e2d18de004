package io.xraydesk.ui.dashboard;

import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;

/**
 * Where an X-Ray's outcome sorts in its column: ready first, best grade first (A before B; no grade after
 * every grade), then not rated, pending, awaiting documents and failed. Made with the row, off the UI thread,
 * so that sorting 10,000 rows compares an int and a string per row instead of asking the column for a value.
 *
 * @param rank  the state's place: 0 ready, 1 not rated, 2 pending, 3 awaiting documents, 4 failed
 * @param grade the grade, or "~" (after every letter) when there is none
 */
public record XRayOrder(int rank, String grade) implements Comparable<XRayOrder> {

    public static XRayOrder of(XRayOutcome outcome) {
        return new XRayOrder(rank(outcome.status()), outcome.grade() == null ? "~" : outcome.grade());
    }

    @Override
    public int compareTo(XRayOrder other) {
        int byState = Integer.compare(rank, other.rank);
        return byState != 0 ? byState : grade.compareTo(other.grade);
    }

    private static int rank(XRayStatus status) {
        return switch (status) {
            case READY -> 0;
            case NOT_RATED -> 1;
            case PENDING -> 2;
            case AWAITING_DOCUMENTS -> 3;
            case FAILED -> 4;
        };
    }
}
