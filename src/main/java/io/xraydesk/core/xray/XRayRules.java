package io.xraydesk.core.xray;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that decides the state of each X-Ray of a request from what was sent and what came
 * back. docs/xray-states.md states the same rules in words, with the choices made where the API says
 * nothing; change both together.
 *
 * <ol>
 * <li>Each X-Ray has launches: ESG and Manager one at the request's creation; Doc one per document
 *     sent; Bank one per bank statement sent; Financial one per financial statement sent, plus one
 *     when the request carries notes.</li>
 * <li>Fewer reports than launches: {@code pending}, since the oldest launch not answered yet.</li>
 * <li>Otherwise the newest report decides: {@code ready}, {@code not_rated} or {@code failed}
 *     ({@link ReportReading}).</li>
 * <li>No report and a document the server could not use: {@code failed}.</li>
 * <li>Nothing launched it: {@code awaiting_documents}, saying what would.</li>
 * </ol>
 */
public final class XRayRules {

    private XRayRules() {
    }

    /** The five X-Rays of the request, in {@link Source} order. */
    public static Map<Source, XRayOutcome> outcomes(RequestFacts facts) {
        // The documents are gathered once for the five: a portfolio decides 50,000 X-Rays in one read.
        List<SentDocument> known = facts.knownDocuments();
        Map<Source, XRayOutcome> outcomes = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            outcomes.put(source, outcome(source, facts, known));
        }
        return outcomes;
    }

    public static XRayOutcome outcome(Source source, RequestFacts facts) {
        return outcome(source, facts, facts.knownDocuments());
    }

    private static XRayOutcome outcome(Source source, RequestFacts facts, List<SentDocument> known) {
        List<Report> reports = facts.reportsOf(source);
        List<Launch> launches = launches(source, facts.launch(), known);
        Report latest = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        if (reports.size() < launches.size()) {
            Instant since = launches.get(reports.size()).at();
            return new XRayOutcome(source, XRayStatus.PENDING, null, null, null, since, reports.size(), latest);
        }
        if (latest != null) {
            ReportVerdict verdict = ReportReading.verdict(latest);
            return new XRayOutcome(source, verdict.status(), verdict.grade(), verdict.probabilityOfDefault(),
                    verdict.reason(), null, reports.size(), latest);
        }
        List<SentDocument> unusable = known.stream()
                .filter(d -> d.isUnusable() && d.feeds().contains(source)).toList();
        if (!unusable.isEmpty()) {
            SentDocument first = unusable.get(0);
            return new XRayOutcome(source, XRayStatus.FAILED, null, null,
                    XRayWords.unusableDocument(first), null, 0, null);
        }
        return new XRayOutcome(source, XRayStatus.AWAITING_DOCUMENTS, null, null,
                XRayWords.whatWouldProduce(source, known), null, 0, null);
    }

    /** One event that makes an X-Ray run; {@code at} may be null when its time is unknown. */
    private record Launch(Instant at) {
    }

    private static List<Launch> launches(Source source, RequestLaunch request, List<SentDocument> known) {
        List<Launch> launches = new ArrayList<>();
        Instant created = request == null ? null : request.createdAt();
        switch (source) {
            case ESG, MANAGER -> launches.add(new Launch(created));
            case FINANCIAL -> {
                if (request != null && request.carriesNotes()) {
                    launches.add(new Launch(created));
                }
            }
            case DOC, BANK -> {
                // launched by documents only
            }
        }
        known.stream().filter(d -> d.isLive() && d.feeds().contains(source))
                .forEach(d -> launches.add(new Launch(d.sentAt())));
        launches.sort(Comparator.comparing(Launch::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return launches;
    }
}
