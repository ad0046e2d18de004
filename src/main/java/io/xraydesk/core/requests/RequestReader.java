package io.xraydesk.core.requests;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.UnreadableItem;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read model between the screens and the store: requests with their parsed summaries, reports
 * and documents, so no screen opens the database or calls the client itself. Every method blocks
 * (disk, network): call it off the UI thread.
 */
public final class RequestReader {

    private final LocalDatabase database;
    private final OctoberClient client;

    public RequestReader(LocalDatabase database, OctoberClient client) {
        this.database = Objects.requireNonNull(database, "database");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Every request this installation knows, from the cache. */
    public List<RequestOverview> all() {
        return database.requestCache().all().stream().map(RequestOverview::of).toList();
    }

    public Optional<RequestOverview> find(String requestId) {
        return database.requestCache().find(requestId).map(RequestOverview::of);
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

    /**
     * The documents this installation uploaded to the request, each with its status read from the
     * API now. A refused token fails the whole read (the analyst must sign in again); any other
     * failure leaves that one line's status unknown, so one unreadable medium hides no other.
     */
    public List<DocumentLine> documents(String requestId) {
        List<DocumentLine> lines = new ArrayList<>();
        for (UploadItem item : database.uploadJournal().forRequest(requestId)) {
            lines.add(new DocumentLine(item, item.mediumId() == null ? null : mediumStatus(item.mediumId())));
        }
        return lines;
    }

    private String mediumStatus(String mediumId) {
        try {
            return client.getMedium(mediumId).status();
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (OctoberException e) {
            return null;
        }
    }
}
