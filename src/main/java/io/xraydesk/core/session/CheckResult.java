package io.xraydesk.core.session;

import io.xraydesk.core.i18n.Messages;
import java.util.Objects;

/**
 * The answer of a {@link CredentialCheck}.
 *
 * @param host the host that was called, named in the messages about reaching it
 * @param detail technical detail for the log and the message's second line (status, error text),
 *     already redacted by the API client; never the token
 */
public record CheckResult(CheckOutcome outcome, String host, String detail) {

    public CheckResult {
        Objects.requireNonNull(outcome, "outcome");
        host = host == null ? "" : host;
        detail = detail == null ? "" : detail;
    }

    public boolean accepted() {
        return outcome == CheckOutcome.ACCEPTED;
    }

    /** The sentence for the analyst, in the current language. */
    public String message() {
        return Messages.get(outcome.messageKey(), host);
    }
}
