package io.xraydesk.core.export;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Report;
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

    public static ExportSubject request(AnalysisRequest request, List<Report> reports) {
        return new ExportSubject(request, reports, true);
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
