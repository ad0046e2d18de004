package io.xraydesk.cli;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.CancelledException;
import io.xraydesk.api.ConflictException;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.log.Redactor;
import io.xraydesk.core.analystnotes.ConflictMessage;
import io.xraydesk.core.analystnotes.NoteRefusedException;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.EditConflictException;
import java.time.ZoneId;

/**
 * Turns whatever a command threw into one clear line and an exit code: never a stack trace, never
 * a secret (every line goes through the {@link Redactor}), never a second line or a control
 * character smuggled in by a server's message.
 */
record FailureReport(int exitCode, String line) {

    static FailureReport of(Throwable failure) {
        if (failure instanceof UsageException) {
            return new FailureReport(ExitCode.USAGE, Messages.get("cli.error.usage", failure.getMessage()));
        }
        if (failure instanceof AuthenticationException || failure instanceof PermissionException) {
            return new FailureReport(ExitCode.AUTH, Messages.get("cli.error.auth", failure.getMessage()));
        }
        if (failure instanceof ValidationException v) {
            return new FailureReport(ExitCode.VALIDATION, Messages.get("cli.error.validation", v.serverMessage()));
        }
        if (failure instanceof ConflictException) {
            return new FailureReport(ExitCode.VALIDATION, Messages.get("cli.error.conflict", failure.getMessage()));
        }
        if (failure instanceof NotFoundException) {
            return new FailureReport(ExitCode.NOT_FOUND, Messages.get("cli.error.not_found", failure.getMessage()));
        }
        if (failure instanceof CancelledException || failure instanceof InterruptedException) {
            return new FailureReport(ExitCode.INTERRUPTED, Messages.get("cli.error.interrupted"));
        }
        if (failure instanceof NetworkException n) {
            return new FailureReport(ExitCode.SERVER_OR_NETWORK,
                    Messages.get("cli.error.network", n.host(), failure.getMessage()));
        }
        if (failure instanceof OctoberException) {
            return new FailureReport(ExitCode.SERVER_OR_NETWORK, Messages.get("cli.error.server", failure.getMessage()));
        }
        if (failure instanceof EditConflictException conflict) {
            return new FailureReport(ExitCode.VALIDATION, Messages.get("cli.error.conflict",
                    ConflictMessage.of(conflict, ZoneId.systemDefault())));
        }
        if (failure instanceof NoteRefusedException refused) {
            return new FailureReport(ExitCode.VALIDATION, Messages.get("cli.note.refused", refused.getMessage()));
        }
        if (failure instanceof CommandFailedException c) {
            return new FailureReport(c.exitCode(), c.getMessage());
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new FailureReport(ExitCode.FAILURE, Messages.get("cli.error.unexpected", detail));
    }

    FailureReport {
        line = Redactor.redact(PrintableText.of(line, SafeLines.MAX_LINE_CHARS));
    }
}
