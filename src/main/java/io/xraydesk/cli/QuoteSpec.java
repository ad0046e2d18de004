package io.xraydesk.cli;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.core.i18n.Messages;
import java.util.List;

/** One {@code --quote <xray>:<place>} of {@code note add}: an X-Ray and the JSON Pointer of a value. */
record QuoteSpec(String source, String pointer) {

    static QuoteSpec parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.charAt(colon + 1) != '/') {
            throw new UsageException(Messages.get("cli.note.quote_syntax", text));
        }
        return new QuoteSpec(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    /** The value in the newest report of this X-Ray of the request, quoted. */
    Quotation quotation(OctoberClient client, String requestId) {
        List<Report> reports = client.listReports(requestId, source);
        if (reports.isEmpty()) {
            throw new CommandFailedException(ExitCode.NOT_FOUND, Messages.get("cli.note.no_report", requestId, source));
        }
        try {
            return Quotation.of(ExportCommand.newest(reports), pointer);
        } catch (IllegalArgumentException unquotable) {
            throw new CommandFailedException(ExitCode.VALIDATION, unquotable.getMessage());
        }
    }
}
