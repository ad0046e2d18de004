package io.xraydesk.core.xray;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.api.model.Report;
import io.xraydesk.store.CachedReportFields;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.CachedRequestFields;
import io.xraydesk.store.WorkstationStore;
import io.xraydesk.store.ReportCache;
import io.xraydesk.store.RequestCache;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts and summary of a request from what this installation keeps (request and report caches,
 * upload journal): instant, and readable offline or after the server forgot the request. Blocking
 * (the database); off the UI thread. Medium statuses are not in the cache: documents read as sent.
 */
public final class CachedRequestFacts {

    private CachedRequestFacts() {
    }

    /** Empty when the request is not in the cache. */
    public static Optional<RequestSummary> summary(WorkstationStore database, String requestId, LocalDate today) {
        return database.requestCache().find(requestId).map(cached -> RequestSummaries.of(requestId,
                facts(database, cached), cached.missingSince(), today));
    }

    /** The five X-Rays of a cached request, as the requests list and the watcher read them. */
    public static Map<Source, XRayOutcome> outcomes(WorkstationStore database, CachedRequest cached) {
        return XRayRules.outcomes(facts(database, cached));
    }

    /** The cached request, its cached reports and the journal's files, each without medium status. */
    public static RequestFacts facts(WorkstationStore database, CachedRequest cached) {
        return facts(database.reportCache(), database.uploadJournal(), cached);
    }

    /**
     * As {@link #outcomes(WorkstationStore, CachedRequest)}, with the reports of another store (a team's)
     * and the files this computer sent.
     */
    public static Map<Source, XRayOutcome> outcomes(ReportCache reports, UploadJournal journal, CachedRequest cached) {
        return XRayRules.outcomes(facts(reports, journal, cached));
    }

    private static RequestFacts facts(ReportCache reports, UploadJournal journal, CachedRequest cached) {
        return facts(cached, reports.forRequest(cached.id()).stream().map(RequestRecords::report)
                .flatMap(Optional::stream).toList(), journal.forRequest(cached.id()));
    }

    /**
     * The facts of a cached request from its columns, its reports' fields and its files already read: a whole
     * portfolio is read in three queries ({@link RequestCache#allFields()}, {@link ReportCache#allFields()},
     * {@link UploadJournal#all()}), not three per request, and parses no request's or report's JSON
     * (docs/portfolio.md, Speed). Its request is known by what it launches ({@link RequestLaunch}) and its reports
     * hold only what the rules read: the X-Rays decided from them are those of the whole request and reports,
     * their {@link XRayOutcome#latest()} is not a report to show.
     */
    public static RequestFacts fromFields(CachedRequestFields cached, List<CachedReportFields> reports,
            List<UploadItem> sent) {
        return new RequestFacts(null, RequestLaunch.of(cached), reports.stream().map(RequestRecords::report).toList(),
                documents(sent));
    }

    private static RequestFacts facts(CachedRequest cached, List<Report> reports, List<UploadItem> sent) {
        return new RequestFacts(RequestRecords.request(cached).orElse(null), reports, documents(sent));
    }

    private static List<SentDocument> documents(List<UploadItem> sent) {
        return sent.stream().map(item -> SentDocument.of(item, null)).toList();
    }
}
