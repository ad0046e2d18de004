package io.xraydesk.core.xray;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A document's state as the analyst reads it: how far its sending got, then what October did with it.
 * The medium status alone lags behind ({@code pending_extraction} stays while the request is already
 * analysed), so the state follows the request: see docs/xray-states.md, "Documents".
 */
public enum DocumentState {
    SENDING("sending"),
    SEND_FAILED("send_failed"),
    CANCELLED("cancelled"),
    /** Refused by the checks before sending. */
    REFUSED("refused"),
    /** Put online; October has not said it started reading it. */
    RECEIVED("received"),
    /** October is extracting its content ({@code pending_extraction}). */
    BEING_READ("being_read"),
    /** Its Doc X-Ray reported, or the whole request is analysed. */
    ANALYSED("analysed"),
    /** October could not use it (see {@link SentDocument}). */
    UNUSABLE("unusable");

    private static final String ANALYSED_STATUS = "analysed";

    private final String word;

    DocumentState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public String label() {
        return Messages.get("xray.document." + word);
    }

    /**
     * The state of {@code document} given the request and its Doc X-Ray reports (found whatever the
     * server's spelling of their source, see {@link RequestFacts#reportsOf}).
     */
    static DocumentState of(SentDocument document, AnalysisRequest request, List<Report> docReports) {
        switch (document.delivery()) {
            case SENDING:
                return SENDING;
            case SEND_FAILED:
                return SEND_FAILED;
            case CANCELLED:
                return CANCELLED;
            case REFUSED:
                return REFUSED;
            case SENT:
                break;
        }
        if (document.isUnusable()) {
            return UNUSABLE;
        }
        boolean reported = docReports.stream().anyMatch(r -> DataFields.text(DataFields.of(r), "documentName")
                .map(document.fileName()::equals).orElse(false));
        boolean requestAnalysed = request != null && request.status() != null
                && ANALYSED_STATUS.equals(request.status().toLowerCase(Locale.ROOT));
        if (reported || requestAnalysed) {
            return ANALYSED;
        }
        return Medium.STATUS_PENDING_EXTRACTION.equals(document.serverStatus()) ? BEING_READ : RECEIVED;
    }
}
