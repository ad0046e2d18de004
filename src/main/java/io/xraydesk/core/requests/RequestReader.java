package io.xraydesk.core.requests;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.UnreadableItem;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.xray.CachedRequestFacts;
import io.xraydesk.core.xray.LiveRequestFacts;
import io.xraydesk.core.xray.RequestFacts;
import io.xraydesk.core.xray.RequestSummaries;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.WorkstationStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read model between the screens and the store: requests with their parsed summaries, reports
 * and documents, so no screen opens the database or calls the client itself. Every method blocks
 * (disk, network): call it off the UI thread.
 */
public final class RequestReader {

    private final WorkstationStore database;
    private final OctoberClient client;

    public RequestReader(WorkstationStore database, OctoberClient client) {
        this.database = Objects.requireNonNull(database, "database");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Every request this installation knows, from the cache. */
    public List<RequestOverview> all() {
        return database.requestCache().all().stream().map(this::overview).toList();
    }

    /** The portfolio view's lines, import batches and look marks, from the same database. */
    public PortfolioReader portfolio() {
        return new PortfolioReader(database);
    }

    public Optional<RequestOverview> find(String requestId) {
        return database.requestCache().find(requestId).map(this::overview);
    }

    /**
     * The summary of the request for its Summary tab, from the cache and the journal, with each
     * document's medium status read from the API now (an unreadable one leaves that document as
     * sent). Empty when the request is not in the cache.
     */
    public Optional<RequestSummary> summary(String requestId, LocalDate today) {
        return database.requestCache().find(requestId).map(cached -> {
            RequestFacts kept = CachedRequestFacts.facts(database, cached);
            RequestFacts facts = new RequestFacts(kept.request(), kept.reports(),
                    LiveRequestFacts.documents(client, database.uploadJournal().forRequest(requestId)));
            return RequestSummaries.of(requestId, facts, cached.missingSince(), today);
        });
    }

    private RequestOverview overview(CachedRequest cached) {
        return RequestOverview.read(database, cached);
    }

    /** The request, as last fetched, with its cached reports. */
    public RequestDetails details(String requestId) {
        Optional<RequestOverview> overview = find(requestId);
        return new RequestDetails(requestId, overview,
                overview.flatMap(o -> RequestRecords.request(o.cached())),
                database.reportCache().forRequest(requestId).stream().map(RequestRecords::report)
                        .flatMap(Optional::stream).toList());
    }

    /**
     * The reports of the request the API holds but this application cannot read, each with its place
     * in the list and the field that stopped the reading; asked of the API now, since the local cache
     * keeps only the reports that could be read.
     */
    public List<UnreadableItem> unreadableReports(String requestId) {
        return client.listReports(requestId, null).unreadable();
    }
}
