package io.xraydesk.core.audit;

import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.decision.DecisionWords;
import io.xraydesk.core.documents.DocumentWords;
import io.xraydesk.core.export.ExportFormat;
import io.xraydesk.core.export.ReportContents;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.DecisionOutcome;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * One audit entry in words, in the analyst's language: what happened and to what. The details are
 * recorded by their wire names (docs/workflow.md, the audit trail); each one this version knows is
 * shown in the bundle's words, the same as elsewhere in the application, and only values it does not
 * know (from a newer version or another workstation of the team) are shown as recorded.
 */
public final class AuditText {

    private static final String NONE = "—";

    private AuditText() {
    }

    public static String describe(AuditEntry entry) {
        Map<String, String> d = entry.details();
        return switch (entry.action()) {
            case REQUEST_CREATED -> Messages.get("audit.request_created", code(d.get("codeType"), d.get("code")),
                    or(d.get("businessName")));
            case DOCUMENT_SENT -> Messages.get("audit.document_sent", or(d.get("file")),
                    or(DocumentWords.category(d.get("category"))));
            case REPORT_RECEIVED -> reportReceived(d);
            // The note's id is a key for the store, not a word for a reader: the version tells the edits apart.
            case NOTE_ADDED -> Messages.get("audit.note_added");
            case NOTE_EDITED -> Messages.get("audit.note_edited", or(d.get("version")));
            case DECISION_MADE -> decision("audit.decision_made", d);
            case DECISION_CHANGED -> decision("audit.decision_changed", d);
            case EXPORTED -> Messages.get("audit.exported", format(d.get("format")), or(d.get("file")),
                    or(d.get("reports")));
            case MEMO_PRODUCED -> Messages.get("audit.memo_produced", or(d.get("file")), language(d.get("language")));
        };
    }

    /**
     * A report without a grade (Doc, Manager, a not-rated X-Ray) is named without a grade part, as the
     * Summary tab shows it with its state alone: a dash in place of a grade reads as a missing value.
     */
    private static String reportReceived(Map<String, String> details) {
        String xray = ReportContents.sourceTitle(details.get("source"));
        String grade = details.get("grade");
        return grade == null || grade.isBlank() ? Messages.get("audit.report_received.ungraded", xray)
                : Messages.get("audit.report_received", xray, grade);
    }

    private static String decision(String key, Map<String, String> details) {
        String outcome = DecisionOutcome.fromWire(details.get("outcome")).map(DecisionWords::outcome)
                .orElse(or(details.get("outcome")));
        return Messages.get(key, outcome, limit(details), or(details.get("version")));
    }

    /** The limit in the reader's number format; as recorded when the record is not one this version wrote. */
    private static String limit(Map<String, String> details) {
        String amount = details.get("limit");
        if (amount == null) {
            return Messages.get("audit.no_limit");
        }
        try {
            return DecisionWords.limit(new BigDecimal(amount), details.get("currency"));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return amount + " " + or(details.get("currency"));
        }
    }

    private static String code(String type, String id) {
        return type == null && id == null ? NONE : or(CompanyCodeTypes.describe(type, id));
    }

    /** "PDF", as the save dialog names the kind. */
    private static String format(String extension) {
        return ExportFormat.parse(extension).map(ExportFormat::name).orElse(or(extension));
    }

    /** The memo's language named in the reader's language ("French", "anglais"). */
    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return NONE;
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Messages.locale());
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name;
    }

    private static String or(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
