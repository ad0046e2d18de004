package io.xraydesk.core.xray;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.ReportFields;
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
        // Read through the fields the report cache keeps in columns: the portfolio decides from those.
        ReportFields data = ReportFields.of(report.data());
        if (data.failure() != null) {
            return ReportVerdict.failed(data.failure().isEmpty() ? Messages.get("xray.reason.failed.noMessage")
                    : data.failure());
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

    private static ReportVerdict bank(ReportFields data) {
        Double sanity = data.dataSanity();
        if (sanity != null && sanity < BANK_MIN_DATA_SANITY) {
            return ReportVerdict.notRated(Messages.get("xray.reason.bank.sanity", sanity, BANK_MIN_DATA_SANITY));
        }
        return notRatedWithOwnReason(data);
    }

    private static ReportVerdict esg(ReportFields data) {
        if (!data.missingInputs().isEmpty()) {
            return ReportVerdict.notRated(Messages.get("xray.reason.esg.missingInputs",
                    String.join(", ", data.missingInputs())));
        }
        return notRatedWithOwnReason(data);
    }

    /** Financial's grade may come as {@code score} or inside its data; its PD travels with it. */
    private static ReportVerdict financial(ReportFields data, String score) {
        String grade = score != null ? score : data.grade();
        if (grade == null && data.probabilityOfDefault() == null) {
            return notRatedWithOwnReason(data);
        }
        return ReportVerdict.ready(grade, data.probabilityOfDefault());
    }

    /** The Doc X-Ray has no letter grade: its overall flag (or its list of checks) is its verdict. */
    private static ReportVerdict doc(ReportFields data) {
        boolean checked = data.notRatedReason() == null && data.checks();
        return data.flag() != null || checked ? ReportVerdict.ready(null, null) : notRatedWithOwnReason(data);
    }

    /** The Manager X-Ray has no grade (docs/october-api.md, open question OQ-18): a report is its verdict. */
    private static ReportVerdict manager(ReportFields data) {
        return data.notRatedReason() != null ? notRatedWithOwnReason(data) : ReportVerdict.ready(null, null);
    }

    private static ReportVerdict notRatedWithOwnReason(ReportFields data) {
        String reason = data.notRatedReason();
        return ReportVerdict.notRated(reason != null ? reason : Messages.get("xray.reason.noGrade"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
