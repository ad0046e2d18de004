package io.xraydesk.cli;

import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.FolderWalker;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.EnqueueResult;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.UploadItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code upload}: queues files (folders are walked) for a request and sends them through the same
 * queue, checks and journal as the window. A refused file is named with the row's reason, nothing is
 * sent for it, and the exit code is not zero.
 */
final class UploadCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("upload");
    }

    @Override
    public String summary() {
        return "upload documents to a request (durable: see 'queue resume')";
    }

    @Override
    public String usage() {
        return "--request <id> --kind <category> [--period <period>] [--date <yyyy-mm-dd>] "
                + "[--concurrency <n>] <file-or-folder>...";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.allowOnly(Set.of("request", "kind", "period", "date", "concurrency"));
        String requestId = args.require("request");
        DocumentDescription description = new DocumentDescription(category(args.require("kind")),
                args.option("period").map(UploadCommand::period).orElse(null),
                args.option("date").map(UploadCommand::date).orElse(null));
        if (args.positionals().isEmpty()) {
            throw new UsageException(Messages.get("upload.cli.noFiles"));
        }
        FolderWalker.Expansion files = new FolderWalker().expand(args.positionals().stream().map(Path::of).toList());
        files.notices().forEach(notice -> SafeLines.println(context.err(), notice.message()));
        try (UploadSession session = new UploadSession(context, Concurrency.of(args), "xraydesk upload")) {
            UploadQueue queue = session.queue();
            // Every named file is in the journal before the first check: a kill during the checks
            // leaves the rest for 'queue resume' instead of forgetting them.
            List<UploadItem> recorded = queue.record(requestId, files.files(), description);
            Set<UUID> queued = new LinkedHashSet<>();
            List<Map<String, Object>> refused = new ArrayList<>();
            for (UploadItem item : recorded) {
                EnqueueResult result = queue.checkAndSend(item);
                String name = PrintableText.of(item.fileName());
                result.warnings().forEach(w -> SafeLines.println(context.err(),
                        Messages.get("upload.cli.warning", name, w)));
                if (result.isQueued()) {
                    queued.add(item.id());
                } else {
                    String reasons = String.join(" ", result.refusals());
                    SafeLines.println(context.err(), Messages.get("upload.cli.refused", name, reasons));
                    refused.add(UploadSession.refusedRow(result.path().toString(), result.refusals()));
                }
            }
            session.awaitFinished();
            int exit = session.report(session.items(queued), refused);
            return exit == ExitCode.OK && files.leftSomethingOut() ? ExitCode.VALIDATION : exit;
        }
    }

    private static DocumentCategory category(String wire) {
        return DocumentCategory.fromWire(wire).orElseThrow(() -> new UsageException(Messages.get(
                "upload.cli.unknownCategory", wire, Arrays.stream(DocumentCategory.values())
                        .map(DocumentCategory::wire).collect(Collectors.joining(", ")))));
    }

    private static Period period(String wire) {
        return Period.fromWire(wire).orElseThrow(() -> new UsageException(Messages.get("upload.cli.unknownPeriod",
                wire, Arrays.stream(Period.values()).map(Period::wire).collect(Collectors.joining(", ")))));
    }

    private static LocalDate date(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the usage message
        }
        throw new UsageException(Messages.get("upload.cli.badDate", text));
    }
}
