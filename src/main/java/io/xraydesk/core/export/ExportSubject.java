package io.xraydesk.core.export;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What is exported: one report or every report of a request, with the request that names the
 * company. {@code request} may be null when only the report is known (its company then shows as a dash).
 */
public record ExportSubject(AnalysisRequest request, List<Report> reports, boolean wholeRequest) {

    public ExportSubject {
        reports = List.copyOf(reports);
    }

    public static ExportSubject report(AnalysisRequest request, Report report) {
        return new ExportSubject(request, List.of(report), false);
    }

    /** Every report of the request, in {@link #READING_ORDER} then oldest first within a source. */
    public static ExportSubject request(AnalysisRequest request, List<Report> reports) {
        List<Report> ordered = reports.stream().sorted(Comparator.comparingInt(ExportSubject::readingRank)
                .thenComparing(Report::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new ExportSubject(request, ordered, true);
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

    /** {@code SIREN 514673987}, or a dash. */
    public String companyCode() {
        CompanyCode code = request == null ? null : request.code();
        if (code == null || code.id() == null) {
            return Figures.DASH;
        }
        return (code.type() == null ? "" : code.type().toUpperCase(Locale.ROOT) + " ") + code.id();
    }
}
