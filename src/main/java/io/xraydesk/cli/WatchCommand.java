package io.xraydesk.cli;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code watch <requestId>}: polls the request and its reports until the five X-Rays exist, printing
 * each change as it happens (a line of text, or one JSON object per line with {@code --json}). Each
 * poll is two GETs, retried by the client's policy, which honours {@code Retry-After}.
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
        return "follow a request until its five X-Rays are ready";
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
        Set<Source> ready = EnumSet.noneOf(Source.class);
        while (true) {
            AnalysisRequest request = client.getRequest(requestId);
            String progress = request.status() + "/" + request.stage();
            if (!progress.equals(lastProgress)) {
                lastProgress = progress;
                progressChanged(context, request);
            }
            for (Report report : client.listReports(requestId, null)) {
                if (seenReports.add(report.id())) {
                    Source.recognise(report.source()).ifPresent(ready::add);
                    newReport(context, requestId, report);
                }
            }
            if (ready.size() == Source.values().length) {
                complete(context, requestId);
                return ExitCode.OK;
            }
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0) {
                throw new CommandFailedException(ExitCode.TIMEOUT, Messages.get("cli.watch.timeout",
                        TimeUnit.NANOSECONDS.toSeconds(timeoutNanos), missing(ready)));
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
            context.out().println(Messages.get("cli.watch.progress", request.id(),
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
            context.out().println(Messages.get("cli.watch.report", report.source(),
                    RequestPrinter.orDash(report.score()), report.id()));
        }
    }

    private static void complete(CliContext context, String requestId) {
        if (context.json()) {
            Map<String, Object> event = event("complete", requestId);
            event.put("sources", Arrays.stream(Source.values()).map(Source::wire).toList());
            context.printJsonLine(event);
        } else {
            context.out().println(Messages.get("cli.watch.complete", requestId));
        }
    }

    private static Map<String, Object> event(String kind, String requestId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", kind);
        event.put("requestId", requestId);
        return event;
    }

    private static String missing(Set<Source> ready) {
        return String.join(", ", Arrays.stream(Source.values()).filter(s -> !ready.contains(s)).map(Source::wire)
                .toList());
    }
}
