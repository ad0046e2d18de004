package io.xraydesk.core.export;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.xray.RequestFacts;
import io.xraydesk.core.xray.RequestSummaries;
import io.xraydesk.core.xray.RequestSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is exported: one report or every report of a request, with the request that names the
 * company. {@code request} may be null when only the report is known (its company then shows as a
 * dash). A whole request carries its {@link RequestSummary}: the PDF's cover page, the CSV's and
 * JSON's X-Ray states.
 */
public record ExportSubject(AnalysisRequest request, List<Report> reports, boolean wholeRequest,
        RequestSummary summary) {

    public ExportSubject {
        reports = List.copyOf(reports);
    }

    public static ExportSubject report(AnalysisRequest request, Report report) {
        return new ExportSubject(request, List.of(report), false, null);
    }

    /**
     * Every report of the request, the summary first: see {@link #request(AnalysisRequest, List,
     * RequestSummary)}. The summary knows the documents the reports describe, not those still waiting
     * for their reports: callers that know the documents sent give the summary themselves.
     */
    public static ExportSubject request(AnalysisRequest request, List<Report> reports) {
        String id = request == null ? null : request.id();
        return request(request, reports, RequestSummaries.of(id, new RequestFacts(request, reports, List.of()), null,
                LocalDate.now()));
    }

    /**
     * Every report of the request after its summary: the newest report of each X-Ray in {@link
     * #READING_ORDER}, then the older ones in the same order, newest first within an X-Ray.
     */
    public static ExportSubject request(AnalysisRequest request, List<Report> reports, RequestSummary summary) {
        Comparator<Report> bySource = Comparator.comparingInt(ExportSubject::readingRank);
        Comparator<Report> newestFirst = Comparator.comparing(Report::createdAt,
                Comparator.nullsLast(Comparator.reverseOrder()));
        List<Report> ordered = reports.stream().sorted(bySource.thenComparing(newestFirst)).toList();
        List<Report> latest = new ArrayList<>();
        List<Report> older = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Report report : ordered) {
            String source = Source.recognise(report.source()).map(Source::wire).orElse(String.valueOf(report.source()));
            (seen.add(source) ? latest : older).add(report);
        }
        latest.addAll(older);
        return new ExportSubject(request, latest, true, Objects.requireNonNull(summary, "summary"));
    }

    /** The grades first (what a credit committee reads first), then the checks, then anything else. */
    static final List<String> READING_ORDER = List.of("financial", "bank", "esg", "doc", "manager");

    private static int readingRank(Report report) {
        int rank = Source.recognise(report.source()).map(s -> READING_ORDER.indexOf(s.wire())).orElse(-1);
        return rank < 0 ? READING_ORDER.size() : rank;
    }

    /** The business name, else the company code, else a dash. */
    public String companyName() {
        if (request != null && request.businessName() != null && !request.businessName().isBlank()) {
            return request.businessName();
        }
        return request != null && request.code() != null ? companyCode() : Figures.DASH;
    }

    /** {@code SIREN 514 673 987} as the request page shows it, or a dash. */
    public String companyCode() {
        CompanyCode code = request == null ? null : request.code();
        if (code == null || code.id() == null) {
            return Figures.DASH;
        }
        return CompanyCodeTypes.describe(code.type(), code.id());
    }
}
