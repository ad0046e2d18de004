package io.xraydesk.core.requests;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.store.StoredDecision;
import java.util.Objects;

/**
 * One company of the portfolio as the portfolio view and its exports show it: the request with its five
 * X-Rays ({@link RequestOverview}), the newest Bank X-Ray's data sanity, the analyst's decision in force,
 * the import batch that brought it in and what changed since the analyst last looked. Read for every
 * request at once by {@link RequestReader#portfolio()}, so that the view filters and sorts without I/O.
 *
 * @param dataSanity the newest Bank X-Ray's data sanity (0–100), null when it gives none
 * @param decision   the decision in force, null when none was made
 * @param batchId    the import batch that last brought the request in, null when it was not imported
 */
public record PortfolioLine(RequestOverview overview, Double dataSanity, StoredDecision decision, String batchId,
        SinceLastLook sinceLastLook) {

    public PortfolioLine {
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(sinceLastLook, "sinceLastLook");
    }

    public String id() {
        return overview.id();
    }

    public XRayOutcome xray(Source source) {
        return overview.xrays().get(source);
    }

    /** The ready Financial X-Ray's probability of default (0–1), else null. */
    public Double probabilityOfDefault() {
        XRayOutcome financial = xray(Source.FINANCIAL);
        return financial == null ? null : financial.probabilityOfDefault();
    }
}
