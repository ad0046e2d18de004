package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.upload.UploadText;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code queue list}: the unfinished uploads of the journal (waiting, half-way, failed), read locally —
 * no credentials needed.
 */
final class QueueListCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("queue", "list");
    }

    @Override
    public String summary() {
        return "show unfinished uploads (waiting, interrupted or failed)";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public int run(CliContext context, Args args) {
        args.allowOnly(Set.of());
        List<UploadItem> items;
        try (LocalDatabase database = context.openDatabase()) {
            items = Stream.concat(database.uploadJournal().resumable().stream(),
                    database.uploadJournal().failed().stream()).toList();
        }
        if (context.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (UploadItem item : items) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", item.id().toString());
                row.put("request", item.requestId());
                row.put("file", item.filePath());
                row.put("size", item.sizeBytes());
                row.put("category", item.category());
                row.put("state", item.state().name().toLowerCase(Locale.ROOT));
                row.put("mediumId", item.mediumId());
                new UploadStatus(item, 0, 0).failure().ifPresent(f -> row.put("failure", f.message()));
                rows.add(row);
            }
            context.printJson(rows);
        } else if (items.isEmpty()) {
            context.out().println(Messages.get("queue.cli.empty"));
        } else {
            for (UploadItem item : items) {
                String failure = new UploadStatus(item, 0, 0).failure().map(f -> "  " + f.message()).orElse("");
                SafeLines.printf(context.out(), "%s  %s  %-10s %-18s %s%s", item.id(), item.requestId(),
                        UploadText.size(item.sizeBytes()), UploadText.state(item.state()), item.filePath(), failure);
            }
        }
        return ExitCode.OK;
    }
}
