package io.xraydesk.core.xray;

import java.util.Objects;

/**
 * What one report says about its X-Ray: {@link XRayStatus#READY} with its grade (null for X-Rays that
 * have none, like Manager) and probability of default (Financial only), or {@link
 * XRayStatus#NOT_RATED} / {@link XRayStatus#FAILED} with the reason in the analyst's language.
 */
public record ReportVerdict(XRayStatus status, String grade, Double probabilityOfDefault, String reason) {

    public ReportVerdict {
        Objects.requireNonNull(status, "status");
        if (status == XRayStatus.AWAITING_DOCUMENTS || status == XRayStatus.PENDING) {
            throw new IllegalArgumentException("a report is ready, not rated or failed, never " + status.word());
        }
    }

    static ReportVerdict ready(String grade, Double probabilityOfDefault) {
        return new ReportVerdict(XRayStatus.READY, grade, probabilityOfDefault, null);
    }

    static ReportVerdict notRated(String reason) {
        return new ReportVerdict(XRayStatus.NOT_RATED, null, null, reason);
    }

    static ReportVerdict failed(String reason) {
        return new ReportVerdict(XRayStatus.FAILED, null, null, reason);
    }
}
