package io.xraydesk.core.documents;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.i18n.Messages;

/**
 * A document's category and period in the analyst's language ("annual accounts", "month"), from the bundle's
 * {@code documents.category.*} and {@code documents.period.*}: the one place these words are looked up.
 */
public final class DocumentWords {

    private DocumentWords() {
    }

    /** "bank statements"; empty for no category. */
    public static String category(DocumentCategory category) {
        return category == null ? "" : Messages.get("documents.category." + category.wire());
    }

    /** A category recorded by its wire name in words; a name added to the API since is shown as sent. */
    public static String category(String wire) {
        return DocumentCategory.fromWire(wire).map(DocumentWords::category).orElse(wire == null ? "" : wire);
    }

    /** "month"; "none" for a document that covers no period. */
    public static String period(Period period) {
        return Messages.get("documents.period." + (period == null ? "none" : period.wire()));
    }

    /** A period recorded by its wire name in words; "none" when absent, as sent when not one this version knows. */
    public static String period(String wire) {
        if (wire == null || wire.isBlank()) {
            return period((Period) null);
        }
        return Period.fromWire(wire).map(DocumentWords::period).orElse(wire);
    }
}
