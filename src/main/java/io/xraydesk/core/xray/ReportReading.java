package io.xraydesk.core.xray;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the verdict of one report: ready with its grade, not rated with the report's own reason, or
 * failed. The report layout is undocumented (see docs/october-api.md, open question OQ-16); what is
 * read, and why, is listed in docs/xray-states.md under "Reading a report".
 */
public final class ReportReading {

    /** Below this data sanity the Bank X-Ray gives no grade (docs/october-api.md, Reports). */
    public static final double BANK_MIN_DATA_SANITY = 70;

    private ReportReading() {
    }

    /** The Bank X-Ray's data sanity (0–100) that {@code report} gives, if it gives one. */
    public static OptionalDouble dataSanity(Report report) {
        return DataFields.number(DataFields.of(report), "dataSanity");
    }

    public static ReportVerdict verdict(Report report) {
        JsonNode data = DataFields.of(report);
        String failure = failureOf(data);
        if (failure != null) {
            return ReportVerdict.failed(failure);
        }
        Source source = Source.recognise(report.source()).orElse(null);
        String grade = blankToNull(report.score());
        if (source == Source.FINANCIAL) {
            return financial(data, grade);
        }
        if (grade != null) {
            return ReportVerdict.ready(grade, null);
        }
        if (source == null) {
            return ReportVerdict.ready(null, null);
        }
        return switch (source) {
            case BANK -> bank(data);
            case ESG -> esg(data);
            case DOC -> doc(data);
            case MANAGER -> manager(data);
            case FINANCIAL -> throw new IllegalStateException("read above");
        };
    }

    /** A report that says the run failed: {@code data.error} (object with a message, or text) or {@code data.status} "failed". */
    private static String failureOf(JsonNode data) {
        JsonNode error = data.path("error");
        if (error.isObject()) {
            String message = text(error, "message");
            return message != null ? message : Messages.get("xray.reason.failed.noMessage");
        }
        if (error.isTextual() && !error.asText().isBlank()) {
            return error.asText().trim();
        }
        if ("failed".equalsIgnoreCase(text(data, "status"))) {
            String reason = text(data, "reason");
            return reason != null ? reason : Messages.get("xray.reason.failed.noMessage");
        }
        return null;
    }

    private static ReportVerdict bank(JsonNode data) {
        OptionalDouble sanity = DataFields.number(data, "dataSanity");
        if (sanity.isPresent() && sanity.getAsDouble() < BANK_MIN_DATA_SANITY) {
            return ReportVerdict.notRated(Messages.get("xray.reason.bank.sanity", sanity.getAsDouble(),
                    BANK_MIN_DATA_SANITY));
        }
        return notRatedWithOwnReason(data);
    }

    private static ReportVerdict esg(JsonNode data) {
        List<String> missing = DataFields.texts(data, "missingInputs");
        if (!missing.isEmpty()) {
            return ReportVerdict.notRated(Messages.get("xray.reason.esg.missingInputs", String.join(", ", missing)));
        }
        return notRatedWithOwnReason(data);
    }

    /** Financial's grade may come as {@code score} or inside its data; its PD travels with it. */
    private static ReportVerdict financial(JsonNode data, String score) {
        String grade = score != null ? score : text(data, "grade");
        OptionalDouble pd = DataFields.number(data, "probabilityOfDefault");
        if (grade == null && pd.isEmpty()) {
            return notRatedWithOwnReason(data);
        }
        return ReportVerdict.ready(grade, pd.isPresent() ? pd.getAsDouble() : null);
    }

    /** The Doc X-Ray has no letter grade: its overall flag (or its list of checks) is its verdict. */
    private static ReportVerdict doc(JsonNode data) {
        boolean checked = text(data, "notRatedReason") == null && data.path("checks").isArray();
        return text(data, "flag") != null || checked ? ReportVerdict.ready(null, null) : notRatedWithOwnReason(data);
    }

    /** The Manager X-Ray has no grade (docs/october-api.md, open question OQ-18): a report is its verdict. */
    private static ReportVerdict manager(JsonNode data) {
        return text(data, "notRatedReason") != null ? notRatedWithOwnReason(data) : ReportVerdict.ready(null, null);
    }

    private static ReportVerdict notRatedWithOwnReason(JsonNode data) {
        String reason = text(data, "notRatedReason");
        return ReportVerdict.notRated(reason != null ? reason : Messages.get("xray.reason.noGrade"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String text(JsonNode node, String field) {
        return DataFields.text(node, field).orElse(null);
    }
}
