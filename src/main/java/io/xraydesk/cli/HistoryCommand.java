package io.xraydesk.cli;

import io.xraydesk.core.audit.AuditText;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.SharedRecords;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code history <requestId>}: the request's audit trail on this workstation, oldest first, one line
 * per entry (time in UTC, who, what); with {@code --json}, the entries as an array.
 */
final class HistoryCommand extends RequestRowsCommand<AuditEntry> {

    HistoryCommand() {
        super(List.of("history"), "show what was done on a request, by whom and when (oldest first)",
                "cli.history.empty");
    }

    @Override
    List<AuditEntry> rows(SharedRecords records, String requestId) {
        return records.audit().forRequest(requestId);
    }

    @Override
    void print(CliContext context, AuditEntry entry) {
        context.out().println(entry.at().truncatedTo(ChronoUnit.SECONDS) + "  " + entry.actor().displayName()
                + "  " + AuditText.describe(entry));
    }

    @Override
    Map<String, Object> json(AuditEntry entry) {
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
