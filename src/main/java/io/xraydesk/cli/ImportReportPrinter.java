package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.portfolio.ImportReport;
import io.xraydesk.core.portfolio.ImportText;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of an import batch for {@code portfolio import} and {@code portfolio status}: the totals, a line
 * for each company that needs a look, the CSV file of {@code --report}, and the exit code.
 */
final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    static int print(CliContext context, ImportReport report) {
        if (context.json()) {
            context.printJson(json(report));
        } else {
            text(context, report);
        }
        return exitCode(report);
    }

    /** 0 when everything is online, 4 when the checks or the API refused something, 6 when work is left. */
    static int exitCode(ImportReport report) {
        if (report.isComplete()) {
            return ExitCode.OK;
        }
        if (report.count(ImportCompanyState.REFUSED) > 0 || report.documentsRefused() > 0) {
            return ExitCode.VALIDATION;
        }
        return ExitCode.SERVER_OR_NETWORK;
    }

    private static void text(CliContext context, ImportReport report) {
        for (ImportReport.Line line : report.lines()) {
            ImportCompany company = line.company();
            boolean needsLook = !company.state().hasRequest() || line.documentsFailed() > 0
                    || line.documentsWaiting() > 0 || company.documentsRefused() > 0;
            if (needsLook) {
                context.out().println(Messages.get("portfolio.cli.reportLine", company.line(),
                        RequestPrinter.orDash(company.codeId()), ImportText.state(company.state()),
                        RequestPrinter.orDash(company.requestId()), line.documentsOnline(), line.documentsFailed(),
                        line.documentsWaiting(), company.documentsRefused(), RequestPrinter.orDash(company.reason())));
            }
        }
        context.out().println(Messages.get("portfolio.cli.summary", report.batch().id(),
                report.count(ImportCompanyState.CREATED), report.count(ImportCompanyState.REUSED),
                report.count(ImportCompanyState.REFUSED), report.count(ImportCompanyState.OUTCOME_UNKNOWN),
                report.count(ImportCompanyState.PENDING) + report.count(ImportCompanyState.CREATING),
                report.documentsOnline(), report.documentsFailed(), report.documentsWaiting(),
                report.documentsRefused()));
    }

    private static Map<String, Object> json(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batch", report.batch().id());
        json.put("list", report.batch().listFile());
        json.put("finished", report.batch().isFinished());
        Map<String, Object> totals = new LinkedHashMap<>();
        for (ImportCompanyState state : ImportCompanyState.values()) {
            totals.put(state.name().toLowerCase(Locale.ROOT), report.count(state));
        }
        totals.put("documentsOnline", report.documentsOnline());
        totals.put("documentsFailed", report.documentsFailed());
        totals.put("documentsWaiting", report.documentsWaiting());
        totals.put("documentsRefused", report.documentsRefused());
        json.put("totals", totals);
        List<Map<String, Object>> companies = new ArrayList<>();
        for (ImportReport.Line line : report.lines()) {
            ImportCompany company = line.company();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("row", company.line());
            c.put("codeType", company.codeType());
            c.put("code", company.codeId());
            c.put("businessName", company.businessName());
            c.put("outcome", company.state().name().toLowerCase(Locale.ROOT));
            c.put("requestId", company.requestId());
            c.put("documentsQueued", company.documentsQueued());
            c.put("documentsOnline", line.documentsOnline());
            c.put("documentsFailed", line.documentsFailed());
            c.put("documentsWaiting", line.documentsWaiting());
            c.put("documentsRefused", company.documentsRefused());
            c.put("reason", company.reason());
            companies.add(c);
        }
        json.put("companies", companies);
        return json;
    }
}
