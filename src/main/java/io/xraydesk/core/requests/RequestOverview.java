package io.xraydesk.core.requests;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.xray.CachedRequestFacts;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayRules;
import io.xraydesk.store.CachedReportFields;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.CachedRequestFields;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.WorkstationStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request as the list shows it: its cache row, the five X-Rays as {@code core.xray} decides them
 * from the cache and the upload journal (the words the request page, the command line and the
 * exports use), and the stages seen, so the screens never read the stored JSON themselves.
 */
public record RequestOverview(CachedRequest cached, Map<Source, XRayOutcome> xrays) {

    public RequestOverview {
        Objects.requireNonNull(cached, "cached");
        xrays = Map.copyOf(xrays);
    }

    /** The cached request with its X-Rays decided from the cached reports and the upload journal. Blocking. */
    static RequestOverview read(WorkstationStore database, CachedRequest cached) {
        return new RequestOverview(cached, CachedRequestFacts.outcomes(database, cached));
    }

    /**
     * The cached request with its X-Rays decided from its columns, its reports' fields and files already read;
     * the outcomes' latest reports hold only those fields ({@link CachedRequestFacts#fromFields}).
     */
    static RequestOverview of(CachedRequestFields cached, List<CachedReportFields> reports, List<UploadItem> sent) {
        return new RequestOverview(cached.request(),
                XRayRules.outcomes(CachedRequestFacts.fromFields(cached, reports, sent)));
    }

    /** The stages seen, read from the cache row when asked: the portfolio's 10,000 rows never need them. */
    public StageTrail stages() {
        return StageTrail.fromJson(cached.sourceSummaryJson());
    }

    public String id() {
        return cached.id();
    }

    /** False once the server answered "not found": the row is the last copy kept here. */
    public boolean isOnServer() {
        return !cached.isMissing();
    }
}
