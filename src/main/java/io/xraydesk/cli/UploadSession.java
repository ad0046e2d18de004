package io.xraydesk.cli;

import io.xraydesk.api.log.PrintableText;
import io.xraydesk.core.audit.AuditListener;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.upload.UploadText;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The upload queue of the command line: the application's own journal (so the window sees the same
 * files), the credentials of the command, and progress lines — one per state change and per tenth of
 * a file. With {@code --json} the lines go to stderr and stdout holds only the result.
 */
final class UploadSession implements AutoCloseable {

    /** Long enough for any real batch; a stuck transfer is ended by the clients' own timeouts. */
    private static final Duration WAIT_LIMIT = Duration.ofDays(1);

    private final CliContext context;
    private final LocalDatabase database;
    private final UploadQueue queue;
    private final PrintStream progressOut;
    private final Map<UUID, Integer> printedTenths = new ConcurrentHashMap<>();
    private final Map<UUID, UploadState> printedStates = new ConcurrentHashMap<>();

    /** @param program the command, as another process waiting for the journal is told ("xraydesk upload") */
    UploadSession(CliContext context, int concurrency, String program) {
        this.context = context;
        this.database = context.openDatabase();
        this.queue = new UploadQueue(database.uploadJournal(), context.client(), context.uploader(), concurrency);
        queue.setSenderName(program);
        this.progressOut = context.json() ? context.err() : context.out();
        queue.addListener(new AuditListener(CommandAudit.recorder(context)));
        queue.addListener(new UploadQueueListener() {
            @Override
            public void changed(UploadStatus status, OverallProgress overall) {
                print(status);
            }

            @Override
            public void waitingForAnotherSender(String who) {
                SafeLines.println(context.err(), who);
            }
        });
    }

    /** The result row of a file its checks refused. */
    static Map<String, Object> refusedRow(String file, List<String> refusals) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file);
        row.put("state", "refused");
        row.put("refusals", refusals);
        return row;
    }

    UploadQueue queue() {
        return queue;
    }

    /** The local database the queue journals in, for commands that also record other things. */
    LocalDatabase database() {
        return database;
    }

    /** Waits for the queue to finish; a 401 ends the command with the authentication exit code. */
    void awaitFinished() throws InterruptedException {
        queue.awaitIdle(WAIT_LIMIT);
        if (queue.isHalted()) {
            throw new CommandFailedException(ExitCode.AUTH, Messages.get("upload.cli.halted"));
        }
    }

    /** The journal rows of {@code ids} as they are now. */
    List<UploadItem> items(Set<UUID> ids) {
        List<UploadItem> items = new ArrayList<>();
        for (UUID id : ids) {
            database.uploadJournal().find(id).ifPresent(items::add);
        }
        return items;
    }

    /** One result line per file, or the JSON result; counts failures for the exit code. */
    int report(List<UploadItem> items, List<Map<String, Object>> refused) {
        int failed = 0;
        int online = 0;
        int refusedCount = refused.size();
        List<Map<String, Object>> results = new ArrayList<>(refused);
        for (UploadItem item : items) {
            UploadStatus status = new UploadStatus(item, 0, 0);
            if (item.state() == UploadState.REFUSED) {
                // Checked by this run's workers (a file recorded before a kill): refused like the others.
                results.add(refusedRow(item.filePath(), List.of(status.refusal().orElse(""))));
                refusedCount++;
                continue;
            }
            if (item.state() == UploadState.ONLINE) {
                online++;
            } else {
                failed++;
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", item.filePath());
            result.put("id", item.id().toString());
            result.put("request", item.requestId());
            result.put("state", item.state().name().toLowerCase(java.util.Locale.ROOT));
            result.put("mediumId", item.mediumId());
            status.failure().ifPresent(f -> result.put("failure", Map.of("kind", f.kind().name(),
                    "message", f.message())));
            results.add(result);
        }
        if (context.json()) {
            context.printJson(results);
        } else {
            context.out().println(Messages.get("upload.cli.summary", online, failed, refusedCount));
        }
        if (refusedCount > 0) {
            return ExitCode.VALIDATION;
        }
        return failed == 0 ? ExitCode.OK : ExitCode.SERVER_OR_NETWORK;
    }

    private void print(UploadStatus status) {
        UploadItem item = status.item();
        if (printedStates.put(item.id(), item.state()) != item.state()) {
            String name = PrintableText.of(item.fileName());
            String line = status.failure().map(f -> Messages.get("upload.cli.failed", name, f.message()))
                    .or(() -> status.refusal().map(r -> Messages.get("upload.cli.refused", name, r)))
                    .orElseGet(() -> Messages.get("upload.cli.state", name, UploadText.state(item.state())));
            SafeLines.println(progressOut, line);
        }
        if (item.state() == UploadState.MEDIUM_CREATED && status.bytesSent() > 0) {
            int tenths = status.percent() / 10;
            Integer before = printedTenths.put(item.id(), tenths);
            if (before == null || before != tenths) {
                SafeLines.println(progressOut, Messages.get("upload.cli.progress", PrintableText.of(item.fileName()),
                        status.percent(),
                        UploadText.size((long) status.bytesPerSecond())));
            }
        }
    }

    @Override
    public void close() {
        queue.close();
        database.close();
    }
}
