package io.xraydesk.cli;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.RequestFacts;
import io.xraydesk.core.xray.SentDocument;
import io.xraydesk.core.xray.XRayJson;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayRules;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.core.xray.XRayWords;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code watch <requestId>}: polls the request and its reports until no X-Ray is pending any more
 * (the rules of {@link XRayRules}), printing each change as it happens (a line of text, or one JSON
 * object per line with {@code --json}), then where each X-Ray stands and which await documents. Each
 * poll is two GETs, retried by the client's policy, which honours {@code Retry-After}. Each report
 * goes into the request's history the first time this workstation sees it.
 */
final class WatchCommand implements Command {

    /**
     * The sandbox's slowest X-Ray takes three minutes; a real one "a few minutes" (docs/october-api.md, Processing and
     * polling).
     */
    private static final long DEFAULT_TIMEOUT_SECONDS = 900;
    private static final double DEFAULT_INTERVAL_SECONDS = 5;

    @Override
    public List<String> words() {
        return List.of("watch");
    }

    @Override
    public String summary() {
        return "follow a request until none of its X-Rays is pending";
    }

    @Override
    public String usage() {
        return "<requestId> [--timeout <seconds>] [--interval <seconds>]";
    }

    @Override
    public int run(CliContext context, Args args) throws InterruptedException {
        String requestId = args.allowOnly(Set.of("timeout", "interval")).onlyPositional("a request id");
        long timeoutNanos = TimeUnit.SECONDS.toNanos(args.wholeNumber("timeout", DEFAULT_TIMEOUT_SECONDS, 1,
                TimeUnit.DAYS.toSeconds(7)));
        long intervalMillis = Math.max(1, Math.round(args.positiveNumber("interval", DEFAULT_INTERVAL_SECONDS) * 1000));
        OctoberClient client = context.client();
        long deadline = System.nanoTime() + timeoutNanos;
        String lastProgress = null;
        Set<String> seenReports = new HashSet<>();
        while (true) {
            AnalysisRequest request = client.getRequest(requestId);
            String progress = request.status() + "/" + request.stage();
            if (!progress.equals(lastProgress)) {
                lastProgress = progress;
                progressChanged(context, request);
            }
            List<Report> reports = client.listReports(requestId, null);
            for (Report report : reports) {
                if (seenReports.add(report.id())) {
                    newReport(context, requestId, report);
                    CommandAudit.record(context, audit -> audit.reportReceived(requestId, report));
                }
            }
            // The journal is read at every poll: an upload running beside the watch adds documents.
            List<SentDocument> documents = LocalJournal.itemsOf(context, requestId).stream()
                    .map(item -> SentDocument.of(item, null)).toList();
            Map<Source, XRayOutcome> xrays = XRayRules.outcomes(new RequestFacts(request, reports, documents));
            List<Source> pending = withStatus(xrays, XRayStatus.PENDING);
            if (pending.isEmpty()) {
                complete(context, requestId, xrays);
                return ExitCode.OK;
            }
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0) {
                throw new CommandFailedException(ExitCode.TIMEOUT, Messages.get("cli.watch.timeout",
                        TimeUnit.NANOSECONDS.toSeconds(timeoutNanos), wires(pending)));
            }
            Thread.sleep(Math.min(intervalMillis, remainingMillis));
        }
    }

    private static void progressChanged(CliContext context, AnalysisRequest request) {
        if (context.json()) {
            Map<String, Object> event = event("progress", request.id());
            event.put("status", request.status());
            event.put("stage", request.stage());
            context.printJsonLine(event);
        } else {
            SafeLines.println(context.out(), Messages.get("cli.watch.progress", RequestPrinter.orDash(request.id()),
                    RequestPrinter.orDash(request.status()), RequestPrinter.orDash(request.stage())));
        }
    }

    /** The event names the request watched: a report's own {@code request} field may be absent or other. */
    private static void newReport(CliContext context, String requestId, Report report) {
        if (context.json()) {
            Map<String, Object> event = event("report", requestId);
            event.put("reportId", report.id());
            event.put("source", report.source());
            event.put("score", report.score());
            event.put("createdAt", Objects.toString(report.createdAt(), null));
            context.printJsonLine(event);
        } else {
            SafeLines.println(context.out(), Messages.get("cli.watch.report", RequestPrinter.orDash(report.source()),
                    RequestPrinter.orDash(report.score()), RequestPrinter.orDash(report.id())));
        }
    }

    /** Nothing is pending any more: says where each X-Ray stands and which wait for documents. */
    private static void complete(CliContext context, String requestId, Map<Source, XRayOutcome> xrays) {
        List<Source> awaiting = withStatus(xrays, XRayStatus.AWAITING_DOCUMENTS);
        if (context.json()) {
            Map<String, Object> event = event("complete", requestId);
            event.put("awaitingDocuments", awaiting.stream().map(Source::wire).toList());
            event.put("xrays", XRayJson.of(xrays));
            context.printJsonLine(event);
            return;
        }
        xrays.values().forEach(xray -> SafeLines.println(context.out(), xray.line()));
        SafeLines.println(context.out(), awaiting.isEmpty() ? Messages.get("cli.watch.complete", requestId)
                : Messages.get("cli.watch.complete.awaiting", requestId,
                        String.join(", ", awaiting.stream().map(XRayWords::name).toList())));
    }

    private static Map<String, Object> event(String kind, String requestId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", kind);
        event.put("requestId", requestId);
        return event;
    }

    private static List<Source> withStatus(Map<Source, XRayOutcome> xrays, XRayStatus status) {
        return xrays.values().stream().filter(x -> x.status() == status).map(XRayOutcome::source).toList();
    }

    private static String wires(List<Source> sources) {
        return String.join(", ", sources.stream().map(Source::wire).toList());
    }
}
