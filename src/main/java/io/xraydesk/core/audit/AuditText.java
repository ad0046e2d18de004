package io.xraydesk.core.audit;

import io.xraydesk.core.decision.DecisionWords;
import io.xraydesk.core.export.ReportContents;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.DecisionOutcome;
import java.math.BigDecimal;
import java.util.Map;

/** One audit entry in words, in the analyst's language: what happened and to what. */
public final class AuditText {

    private static final String NONE = "—";

    private AuditText() {
    }

    public static String describe(AuditEntry entry) {
        Map<String, String> d = entry.details();
        return switch (entry.action()) {
            case REQUEST_CREATED -> Messages.get("audit.request_created", join(d.get("codeType"), d.get("code")),
                    or(d.get("businessName")));
            case DOCUMENT_SENT -> Messages.get("audit.document_sent", or(d.get("file")), or(d.get("category")));
            case REPORT_RECEIVED -> Messages.get("audit.report_received",
                    ReportContents.sourceTitle(d.get("source")), or(d.get("grade")));
            case NOTE_ADDED -> Messages.get("audit.note_added", or(d.get("note")));
            case NOTE_EDITED -> Messages.get("audit.note_edited", or(d.get("note")), or(d.get("version")));
            case DECISION_MADE -> decision("audit.decision_made", d);
            case DECISION_CHANGED -> decision("audit.decision_changed", d);
            case EXPORTED -> Messages.get("audit.exported", or(d.get("format")), or(d.get("file")),
                    or(d.get("reports")));
            case MEMO_PRODUCED -> Messages.get("audit.memo_produced", or(d.get("file")), or(d.get("language")));
        };
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

    private static String join(String type, String code) {
        return type == null && code == null ? NONE : or(type) + " " + or(code);
    }

    private static String or(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
