package io.xraydesk.core.xray;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the five X-Rays said about one company, in one place: the answer to the analyst's first
 * question, rendered by the request page's Summary, the PDF cover page and the command line. Made by
 * {@link RequestSummaries}; every text is already in the analyst's language.
 *
 * @param stage                the request's stage code as the API sent it (null when unknown); {@link
 *                             StageWords} says it in words
 * @param notFoundSince        when the server first answered "not found" for it; null while it knows it
 * @param probabilityOfDefault the ready Financial X-Ray's probability of default (0–1), else null
 * @param dataSanity           the newest Bank X-Ray's data sanity (0–100), else null
 * @param alerts               the main alerts: failed Doc checks, flagged bank transactions, manager alerts
 * @param missingInputs        the inputs the newest ESG X-Ray lacks
 * @param trends               grade series across reports about the same subject ("Financial X-Ray: C → B"),
 *                             never across different statements ({@link ReportCoverage#trends})
 * @param nextSteps            what the analyst can do next, as sentences
 */
public record RequestSummary(String requestId, String company, String stage, Instant notFoundSince,
        Map<Source, XRayOutcome> xrays, Double probabilityOfDefault, Double dataSanity, List<Alert> alerts,
        List<String> missingInputs, List<String> trends, List<DocumentLine> documents, List<String> nextSteps) {

    /**
     * One of the main alerts in words, with the report and the JSON Pointer of the value it names so
     * that the analyst can quote it; both null when the alert sums up several values (flagged
     * transactions).
     */
    public record Alert(String text, Report report, String pointer) {

        static Alert unquotable(String text) {
            return new Alert(text, null, null);
        }

        public boolean quotable() {
            return report != null;
        }
    }

    /** One document of the request with its state. */
    public record DocumentLine(String name, String category, DocumentState state) {
    }

    public RequestSummary {
        xrays = Map.copyOf(xrays);
        alerts = List.copyOf(alerts);
        missingInputs = List.copyOf(missingInputs);
        trends = List.copyOf(trends);
        documents = List.copyOf(documents);
        nextSteps = List.copyOf(nextSteps);
    }

    /** False once the server answered "not found": what is shown is the last copy kept here. */
    public boolean isOnServer() {
        return notFoundSince == null;
    }

    /** "Not found on the server since …", or empty while the server knows the request. */
    public java.util.Optional<String> presenceNote() {
        return notFoundSince == null ? java.util.Optional.empty()
                : java.util.Optional.of(Messages.get("xray.presence.notFound", XRayWords.time(notFoundSince)));
    }

    /** The stage in words, or a dash when the request never said. */
    public String stageWords() {
        return StageWords.of(stage);
    }

    /** The X-Rays in reading order (Doc, Bank, Financial, ESG, Manager). */
    public List<XRayOutcome> xrayList() {
        return java.util.Arrays.stream(Source.values()).map(xrays::get).toList();
    }
}
