package io.xraydesk.cli;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.audit.ExportAudit;
import io.xraydesk.core.export.ExportFormat;
import io.xraydesk.core.export.ExportProgress;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.export.ExportTarget;
import io.xraydesk.core.export.ReportExporter;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.KnownIdentity;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.StoreException;
import java.nio.file.Files;
import io.xraydesk.core.xray.LiveRequestFacts;
import io.xraydesk.core.xray.RequestFacts;
import io.xraydesk.core.xray.RequestSummaries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code export <requestId> [--source <s>] --format pdf|csv|json --out <file>}: the same exporters
 * as the window. Without {@code --source} the whole request is exported; with it, the newest report
 * of that source (the one the request page shows first).
 */
final class ExportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("source", "format", "out");

    @Override
    public List<String> words() {
        return List.of("export");
    }

    @Override
    public String summary() {
        return "Export a request's reports (or the newest of one source) as PDF, CSV or JSON";
    }

    @Override
    public String usage() {
        return "<requestId> [--source bank|financial|esg|doc|manager|<other>] --format pdf|csv|json --out <file>";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.allowOnly(OPTIONS);
        if (args.positionals().size() != 1) {
            throw new UsageException("give exactly one request id");
        }
        String requestId = args.positionals().get(0);
        String formatText = args.require("format");
        ExportFormat format = ExportFormat.parse(formatText)
                .orElseThrow(() -> new UsageException("unknown format '" + formatText + "': use pdf, csv or json"));
        Path out = Path.of(args.require("out"));
        // Said before anything is fetched: nothing to wait for when the place cannot take the file.
        Optional<String> badTarget = ExportTarget.problem(out.toAbsolutePath());
        if (badTarget.isPresent()) {
            throw new CommandFailedException(ExitCode.USAGE, badTarget.get());
        }
        String source = args.option("source").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);

        AnalysisRequest request = withLocalIdentity(context, context.client().getRequest(requestId));
        List<Report> reports = context.client().listReports(requestId, source);
        if (reports.isEmpty() && (source != null || format != ExportFormat.PDF)) { // a request's PDF: its summary
            throw new CommandFailedException(ExitCode.NOT_FOUND, source == null
                    ? "request " + requestId + " has no report yet"
                    : "request " + requestId + " has no '" + source + "' report yet");
        }
        ExportSubject subject = source == null ? wholeRequest(context, request, reports)
                : ExportSubject.report(request, newest(reports));
        new ReportExporter((exported, as, file) -> CommandAudit.record(context,
                audit -> new ExportAudit(audit).exported(exported, as, file)))
                .export(subject, format, out, ExportProgress.NONE);

        Path written = out.toAbsolutePath();
        if (context.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", written.toString());
            result.put("format", format.extension());
            result.put("reports", subject.reports().size());
            context.printJson(result);
        } else {
            SafeLines.println(context.out(), "wrote " + written + " (" + subject.reports().size() + " report"
                    + (subject.reports().size() == 1 ? "" : "s") + ", " + format.extension() + ")");
        }
        return ExitCode.OK;
    }

    /**
     * The request as the API answered, its company completed from the local list of requests when the
     * answer lacks it (see {@link KnownIdentity}). Without a local list the answer is used as it is.
     */
    static AnalysisRequest withLocalIdentity(CliContext context, AnalysisRequest answer) {
        Path database = context.paths().database();
        if (!Files.isRegularFile(database)) {
            return answer;
        }
        try (LocalDatabase local = context.openDatabase()) {
            return local.requestCache().find(answer.id()).map(known -> KnownIdentity.completed(answer, known))
                    .orElse(answer);
        } catch (StoreException unreadable) {
            SafeLines.println(context.err(), Messages.get("cli.export.no_local_list", unreadable.getMessage()));
            return answer;
        }
    }

    /** Every report after the summary, whose documents include those sent from here. */
    static ExportSubject wholeRequest(CliContext context, AnalysisRequest request, List<Report> reports) {
        RequestFacts facts = new RequestFacts(request, reports, LiveRequestFacts.documents(context.client(),
                LocalJournal.itemsOf(context, request.id())));
        return ExportSubject.request(request, reports, RequestSummaries.of(request.id(), facts, null, LocalDate.now()));
    }

    /** The newest of {@code reports} (the one the request page shows first); {@code reports} is not empty. */
    static Report newest(List<Report> reports) {
        return reports.stream().max(Comparator.comparing(Report::createdAt,
                Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))).orElseThrow();
    }
}
