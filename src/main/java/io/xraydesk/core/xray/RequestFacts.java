package io.xraydesk.core.xray;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the X-Ray states are decided from: the request, what it launches itself, all its reports, and the
 * documents this installation sent to it. {@code request} is null when only its reports are known, and when
 * the request was read from the cache's columns rather than whole (the portfolio): {@code launch} then says
 * what the rules read of it; both are null when nothing is known of the request.
 */
public record RequestFacts(AnalysisRequest request, RequestLaunch launch, List<Report> reports,
        List<SentDocument> documents) {

    public RequestFacts {
        reports = List.copyOf(reports);
        documents = List.copyOf(documents);
    }

    /** The facts of a request read whole (null when only its reports are known). */
    public RequestFacts(AnalysisRequest request, List<Report> reports, List<SentDocument> documents) {
        this(request, RequestLaunch.of(request), reports, documents);
    }

    /** The reports of one X-Ray, oldest first (a report of unknown date counts as the oldest). */
    public List<Report> reportsOf(Source source) {
        return reports.stream().filter(r -> Source.recognise(r.source()).filter(source::equals).isPresent())
                .sorted(Comparator.comparing(Report::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The documents sent from here, then those sent from elsewhere that a Doc X-Ray report describes
     * (its {@code documentName} is not one of ours): the API lists no media of a request, so a
     * document sent elsewhere is known once its Doc X-Ray reports, with the kind the report found.
     */
    public List<SentDocument> knownDocuments() {
        Set<String> ours = documents.stream().map(SentDocument::fileName).collect(Collectors.toSet());
        List<SentDocument> known = new ArrayList<>(documents);
        for (Report report : reportsOf(Source.DOC)) {
            String name = report.data() == null ? "" : report.data().path("documentName").asText("");
            if (!name.isBlank() && !ours.contains(name)) {
                known.add(new SentDocument(name, categoryOf(report.data().path("documentType").asText("")),
                        null, null, SentDocument.Delivery.SENT,
                        report.createdAt() == null ? null : report.createdAt().toInstant(), null));
            }
        }
        return known;
    }

    /** The category whose X-Rays a document of the Doc X-Ray's {@code documentType} feeds. */
    private static String categoryOf(String documentType) {
        return switch (documentType) {
            case "bank_statement" -> DocumentCategory.BANK_STATEMENT.wire();
            case "financial_statement" -> DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT.wire();
            default -> DocumentCategory.OTHER.wire();
        };
    }
}
