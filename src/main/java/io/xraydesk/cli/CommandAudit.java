package io.xraydesk.cli;

import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.AuditLog;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StoreException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail as the command line writes it: in the team's database when one is set, else in the
 * data folder's, in the name of the credentials' user. The action is already done when it is
 * recorded, so a store that cannot be opened is said on stderr and does not fail the command.
 */
final class CommandAudit {

    private CommandAudit() {
    }

    /** Records one entry through a recorder on the command's store, opened for this entry only. */
    static void record(CliContext context, Consumer<AuditRecorder> entry) {
        entry.accept(recorder(context));
    }

    /**
     * A recorder that opens the command's store for each entry: for actions told from other threads
     * (the upload queue's), which must not share the command's own connection.
     */
    static AuditRecorder recorder(CliContext context) {
        return new AuditRecorder(new OpenedPerEntry(context), context.analyst(), Clock.systemUTC());
    }

    /** A recorder on a store the command already has open. */
    static AuditRecorder recorder(CliContext context, SharedRecords records) {
        return new AuditRecorder(records.audit(), context.analyst(), Clock.systemUTC());
    }

    /** The trail of the command's store, opened and closed around each call. */
    private record OpenedPerEntry(CliContext context) implements AuditLog {

        @Override
        public boolean record(AuditEntry entry) {
            try (SharedRecords records = context.openStore()) {
                return records.audit().record(entry);
            } catch (StoreException unwritable) {
                SafeLines.println(context.err(), Messages.get("cli.audit.not_recorded", unwritable.getMessage()));
                return false;
            }
        }

        @Override
        public List<AuditEntry> forRequest(String requestId) {
            try (SharedRecords records = context.openStore()) {
                return records.audit().forRequest(requestId);
            }
        }
    }
}
