package io.xraydesk.core.xray;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one X-Ray of one request stands, as every screen, notification, export and command speaks of
 * it. Made by {@link XRayRules}.
 *
 * @param grade                the grade when {@link XRayStatus#READY} and the X-Ray has one, else null
 * @param probabilityOfDefault the Financial X-Ray's probability of default (0–1) when ready, else null
 * @param reason               in the analyst's language: what would produce it (awaiting documents),
 *                             the report's reason (not rated), what went wrong (failed); else null
 * @param since                when the awaited report was launched (pending), else null; may be
 *                             null when pending and the launch time is unknown
 * @param reports              how many reports of this X-Ray exist
 * @param latest               the newest report, null when there is none
 */
public record XRayOutcome(Source source, XRayStatus status, String grade, Double probabilityOfDefault, String reason,
        Instant since, int reports, Report latest) {

    public XRayOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    /** "Bank X-Ray: not rated — data sanity 62 % (below 70 %)", in the analyst's language. */
    public String line() {
        return XRayWords.line(this);
    }
}
