package io.xraydesk.cli;

import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.StoreException;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The audit trail as the command line writes it: in the data folder's database, in the name of the
 * credentials' user. The action is already done when it is recorded, so a database that cannot be
 * opened is said on stderr and does not fail the command.
 */
final class CommandAudit {

    private CommandAudit() {
    }

    /** Records through a recorder on the data folder's database, opened for this entry only. */
    static void record(CliContext context, Consumer<AuditRecorder> entry) {
        try (LocalDatabase database = context.openDatabase()) {
            entry.accept(recorder(context, database));
        } catch (StoreException unwritable) {
            context.err().println(Messages.get("cli.audit.not_recorded", unwritable.getMessage()));
        }
    }

    /** A recorder on a database the command already has open. */
    static AuditRecorder recorder(CliContext context, LocalDatabase database) {
        return new AuditRecorder(database.audit(), context.analyst(), Clock.systemUTC());
    }
}
