package io.xraydesk.cli;

import io.xraydesk.api.ReportList;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.ReportCoverage;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code reports <requestId> [--source s]}: the X-Ray reports of a request, as a table or as JSON. */
final class ReportsCommand implements Command {

    private static final String ROW = "%-10s %-26s %-6s %-24s %s";

    @Override
    public List<String> words() {
        return List.of("reports");
    }

    @Override
    public String summary() {
        return "list the X-Ray reports of a request";
    }

    @Override
    public String usage() {
        return "<requestId> [--source doc|bank|financial|esg|manager]";
    }

    @Override
    public int run(CliContext context, Args args) {
        String requestId = args.allowOnly(Set.of("source")).onlyPositional("a request id");
        String source = SourceOption.read(args).map(Source::wire).orElse(null);
        ReportList reports = context.client().listReports(requestId, source);
        if (context.json()) {
            context.printJson(reports.json());
        } else {
            printTable(context.out(), requestId, reports);
        }
        // On stderr so that --json output stays the server's document; every other report is listed.
        reports.unreadable().forEach(item -> SafeLines.println(context.err(), Messages.get("cli.reports.unreadable",
                item.describe())));
        return ExitCode.OK;
    }

    private static void printTable(PrintStream out, String requestId, List<Report> reports) {
        if (reports.isEmpty()) {
            SafeLines.println(out, Messages.get("cli.reports.none", requestId));
            return;
        }
        SafeLines.printf(out, ROW, Messages.get("cli.reports.column.source"),
                Messages.get("cli.reports.column.created"), Messages.get("cli.reports.column.grade"),
                Messages.get("cli.reports.column.id"), Messages.get("cli.reports.column.covers"));
        for (Report report : reports) {
            SafeLines.printf(out, ROW, RequestPrinter.orDash(report.source()), RequestPrinter.orDash(report.createdAt()),
                    RequestPrinter.orDash(report.score()), RequestPrinter.orDash(report.id()),
                    RequestPrinter.orDash(ReportCoverage.label(report).orElse(null)));
        }
    }
}
