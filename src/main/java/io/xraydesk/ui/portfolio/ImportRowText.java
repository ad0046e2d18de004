package io.xraydesk.ui.portfolio;

import io.xraydesk.core.documents.DocumentWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.portfolio.ImportText;
import io.xraydesk.core.portfolio.PreviewDocument;
import io.xraydesk.core.portfolio.PreviewRow;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.store.ImportCompany;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of the import table's cells: the code check, the documents, the problems and the outcome. */
final class ImportRowText {

    private ImportRowText() {
    }

    /** The code as it will be sent with its type (and whether the row is left out), or that the check refused it. */
    static String check(ImportRowItem item) {
        if (item.excluded()) {
            return Messages.get("portfolio.ui.check.excluded");
        }
        PreviewRow preview = item.preview();
        if (preview.code() == null) {
            return Messages.get("portfolio.ui.check.invalid");
        }
        return Messages.get(preview.isImportable() ? "portfolio.ui.check.valid" : "portfolio.ui.check.leftOut",
                preview.code().type().toUpperCase(Locale.ROOT), preview.code().id());
    }

    /** One line per file found: its name, the guessed category, period and date, and why it is refused. */
    static String documents(ImportRowItem item) {
        if (item.preview() == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (PreviewDocument document : item.preview().documents()) {
            DocumentDescription description = document.description();
            String line = Messages.get("portfolio.ui.document", document.file().getFileName(),
                    DocumentWords.category(description.category()), DocumentWords.period(description.period()),
                    description.date() == null ? "—" : description.isoDate());
            lines.add(document.isAccepted() ? line
                    : Messages.get("portfolio.ui.document.refused", line, String.join(" ", document.refusals())));
        }
        return String.join("\n", lines);
    }

    /** The request reused for the company, that a new one will be created, or nothing known. */
    static String existing(ImportRowItem item) {
        if (item.preview() == null) {
            return "";
        }
        if (item.preview().reusedRequest().isPresent()) {
            return Messages.get("portfolio.ui.existing.reused", item.preview().reusedRequestId());
        }
        return item.createAnyway() ? Messages.get("portfolio.ui.existing.createAnyway") : "";
    }

    /** Every problem (the row is left out) and notice (it is not), in words, one per line. */
    static String problems(ImportRowItem item) {
        if (item.preview() == null) {
            return "";
        }
        List<String> lines = new ArrayList<>(item.preview().problems());
        item.preview().notices().forEach(notice -> lines.add(Messages.get("portfolio.ui.notice", notice)));
        return String.join("\n", lines);
    }

    /** What the run did for the company: its state, its request and its documents, with the reason if any. */
    static String outcome(ImportRowItem item) {
        ImportCompany company = item.outcome();
        if (company == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(ImportText.state(company.state()));
        if (company.requestId() != null) {
            text.append(' ').append(company.requestId());
        }
        if (company.documentsQueued() != null) {
            text.append('\n').append(Messages.get("portfolio.ui.outcome.documents", company.documentsQueued(),
                    company.documentsRefused()));
        }
        if (company.reason() != null && !company.reason().isBlank()) {
            text.append('\n').append(company.reason());
        }
        return text.toString();
    }
}
