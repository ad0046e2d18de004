package io.xraydesk.ui.widgets;

import io.xraydesk.api.OctoberException;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What support needs to know about a failure, in words: when it happened, which call of the API
 * failed, the status of the answer, the server's message, then the message of each cause. Never a
 * stack trace: class names and line numbers tell an analyst nothing, and support finds the code
 * from the call.
 */
final class ErrorDetails {

    /** The time with its offset, to the second: support matches it against the server's logs. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ErrorDetails() {
    }

    /** The lines for {@code failure}, seen at {@code clock}'s time; empty without a failure. */
    static String of(Throwable failure, Clock clock) {
        if (failure == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("dialog.details.time",
                TIME.format(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS))));
        if (failure instanceof OctoberException api && api.method() != null) {
            lines.add(Messages.get("dialog.details.call", api.method(), api.path()));
            lines.add(api.status() == OctoberException.NO_STATUS ? Messages.get("dialog.details.no_answer")
                    : Messages.get("dialog.details.status", String.valueOf(api.status())));
            String serverSaid = api.detail();
            lines.add(Messages.get("dialog.details.message",
                    serverSaid == null || serverSaid.isBlank() ? FailureWords.of(api) : serverSaid));
        } else {
            lines.add(Messages.get("dialog.details.message", FailureWords.of(failure)));
        }
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            lines.add(Messages.get("dialog.details.cause", FailureWords.of(cause)));
        }
        return String.join("\n", lines);
    }
}
