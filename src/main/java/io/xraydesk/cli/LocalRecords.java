package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.LocalDatabase;
import java.util.List;
import java.util.function.Function;

/** What the data folder's database holds for one request, as the reading commands need it. */
final class LocalRecords {

    private LocalRecords() {
    }

    /**
     * The rows {@code query} reads for the request; none is "not found on this workstation" (exit 5,
     * with the message of {@code emptyKey}, whose argument is the request id).
     */
    static <T> List<T> of(CliContext context, String requestId, Function<LocalDatabase, List<T>> query,
            String emptyKey) {
        List<T> rows;
        try (LocalDatabase database = context.openDatabase()) {
            rows = query.apply(database);
        }
        if (rows.isEmpty()) {
            throw new CommandFailedException(ExitCode.NOT_FOUND, Messages.get(emptyKey, requestId));
        }
        return rows;
    }
}
