package io.xraydesk.core.xray;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the facts of one request from the API now: the request, its reports, and the status of each
 * document this installation sent to it ({@code journal} items). Blocking; off the UI thread.
 */
public final class LiveRequestFacts {

    private LiveRequestFacts() {
    }

    /** Failures of the request or report calls are the client's {@link OctoberException}s. */
    public static RequestFacts fetch(OctoberClient client, String requestId, List<UploadItem> journal) {
        AnalysisRequest request = client.getRequest(requestId);
        List<Report> reports = client.listReports(requestId, null);
        return new RequestFacts(request, reports, documents(client, journal));
    }

    /** The journal's files with their medium's status; one unreadable medium does not hide the others. */
    public static List<SentDocument> documents(OctoberClient client, List<UploadItem> journal) {
        List<SentDocument> documents = new ArrayList<>();
        for (UploadItem item : journal) {
            documents.add(SentDocument.of(item, item.state() == UploadState.ONLINE && item.mediumId() != null
                    ? mediumStatus(client, item.mediumId()) : null));
        }
        return documents;
    }

    private static String mediumStatus(OctoberClient client, String mediumId) {
        try {
            return client.getMedium(mediumId).status();
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (OctoberException unreadable) {
            // Its status stays unknown: the document still counts as sent, as the journal says.
            return null;
        }
    }
}
