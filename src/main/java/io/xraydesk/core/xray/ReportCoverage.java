package io.xraydesk.core.xray;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.DateStyle;
import io.xraydesk.core.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report covers, said in its list line, header, notification and export section: the document
 * for a Doc X-Ray, the statement period for a Bank X-Ray, the fiscal year (or the notes) for a
 * Financial X-Ray. Also the rule for grade trends: one is drawn only across reports about the same
 * subject — successive Financial, ESG or Manager X-Rays of the company, or Doc X-Rays of one document
 * — never across Bank X-Rays of different statements. docs/xray-states.md, "What a report covers".
 */
public final class ReportCoverage {

    /** The subject of the X-Rays about the company as a whole (Financial, ESG, Manager). */
    private static final String COMPANY = "";

    private ReportCoverage() {
    }

    /** "Doc X-Ray · releve-mars.pdf", "Bank X-Ray · 01/03/2024 – 31/03/2024", "Financial X-Ray · fiscal year 2023". */
    public static String title(Report report) {
        String name = Source.recognise(report.source()).map(XRayWords::name)
                .orElse(report.source() == null ? "?" : report.source());
        return label(report).map(label -> Messages.get("xray.coverage.title", name, label)).orElse(name);
    }

    /** What the report covers in words; empty when the report does not say (or covers the company as a whole). */
    public static Optional<String> label(Report report) {
        JsonNode data = DataFields.of(report);
        Source source = Source.recognise(report.source()).orElse(null);
        if (source == null) {
            return Optional.empty();
        }
        return switch (source) {
            case DOC -> DataFields.text(data, "documentName").map(name -> Messages.get("xray.coverage.document", name));
            case BANK -> period(data.path("period"));
            case FINANCIAL -> financial(data);
            case ESG, MANAGER -> Optional.empty();
        };
    }

    /**
     * The grades of {@code reports} (one X-Ray, oldest first) grouped by subject, each group with two
     * grades or more: the only series a trend may be drawn across. The key is the subject's label,
     * empty for the company as a whole.
     */
    public static Map<String, List<String>> trends(List<Report> reports) {
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        for (Report report : reports) {
            String grade = ReportReading.verdict(report).grade();
            if (grade != null) {
                bySubject.computeIfAbsent(subject(report), key -> new ArrayList<>()).add(grade);
            }
        }
        bySubject.values().removeIf(grades -> grades.size() < 2);
        return bySubject;
    }

    /** Doc X-Rays are about their document, Bank X-Rays about their statement, the others about the company. */
    private static String subject(Report report) {
        Source source = Source.recognise(report.source()).orElse(null);
        if (source == Source.DOC || source == Source.BANK) {
            return label(report).orElse(report.id() == null ? "" : report.id());
        }
        return COMPANY;
    }

    private static Optional<String> financial(JsonNode data) {
        Optional<String> year = DataFields.text(data, "fiscalYear");
        if (year.isPresent()) {
            return Optional.of(Messages.get("xray.coverage.fiscalYear", year.get()));
        }
        if (data.path("basedOnNotes").asBoolean(false)) {
            return Optional.of(Messages.get("xray.coverage.notes"));
        }
        return period(data.path("period"));
    }

    private static Optional<String> period(JsonNode period) {
        Optional<String> from = DataFields.text(period, "from").map(ReportCoverage::date);
        Optional<String> to = DataFields.text(period, "to").map(ReportCoverage::date);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("xray.coverage.period", from.get(), to.get()));
    }

    private static String date(String iso) {
        try {
            return DateStyle.date(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }
}
