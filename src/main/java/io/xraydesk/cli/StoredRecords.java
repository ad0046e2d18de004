package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.SharedRecords;
import java.util.List;
import java.util.function.Function;

/** What the store holds for one request (the data folder's database, or the team's when one is set), as the reading commands need it. */
final class StoredRecords {

    private StoredRecords() {
    }

    /**
     * The rows {@code query} reads for the request; none is "not found" (exit 5,
     * with the message of {@code emptyKey}, whose argument is the request id).
     */
    static <T> List<T> of(CliContext context, String requestId, Function<SharedRecords, List<T>> query,
            String emptyKey) {
        List<T> rows;
        try (SharedRecords records = context.openStore()) {
            rows = query.apply(records);
        }
        if (rows.isEmpty()) {
            throw new CommandFailedException(ExitCode.NOT_FOUND, Messages.get(emptyKey, requestId));
        }
        return rows;
    }
}
