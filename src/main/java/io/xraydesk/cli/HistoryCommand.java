package io.xraydesk.cli;

import io.xraydesk.core.audit.AuditText;
import io.xraydesk.store.AuditEntry;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code history <requestId>}: the request's audit trail on this workstation, oldest first, one line
 * per entry (time in UTC, who, what); with {@code --json}, the entries as an array.
 */
final class HistoryCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("history");
    }

    @Override
    public String summary() {
        return "show what was done on a request, by whom and when (oldest first)";
    }

    @Override
    public String usage() {
        return "<requestId>";
    }

    @Override
    public int run(CliContext context, Args args) {
        String requestId = args.allowOnly(Set.of()).onlyPositional("a request id");
        List<AuditEntry> entries = StoredRecords.of(context, requestId, database -> database.audit().forRequest(requestId),
                "cli.history.empty");
        if (context.json()) {
            context.printJson(entries.stream().map(HistoryCommand::json).toList());
        } else {
            for (AuditEntry entry : entries) {
                context.out().println(entry.at().truncatedTo(ChronoUnit.SECONDS) + "  " + entry.actor().displayName()
                        + "  " + AuditText.describe(entry));
            }
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(AuditEntry entry) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("at", entry.at().toString());
        result.put("action", entry.action().wire());
        result.put("subject", entry.subject());
        result.put("userId", entry.actor().userId());
        result.put("userName", entry.actor().name());
        result.put("details", entry.details());
        return result;
    }
}
