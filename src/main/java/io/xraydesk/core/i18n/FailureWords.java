package io.xraydesk.core.i18n;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;

/**
 * A failure in words for the analyst: its own message when it has one, else what kind of thing went
 * wrong, from the message bundle. Never the name of a Java class: "SocketTimeoutException" tells an
 * analyst nothing, and the log keeps the class for support.
 */
public final class FailureWords {

    private FailureWords() {
    }

    public static String of(Throwable failure) {
        String message = failure.getMessage();
        if (message != null && !message.isBlank()) {
            return message;
        }
        return Messages.get(kindKey(failure));
    }

    private static String kindKey(Throwable failure) {
        // A timeout is an InterruptedIOException, so it is told apart before the other I/O failures.
        if (failure instanceof InterruptedIOException) {
            return "failure.unsaid.timeout";
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return "failure.unsaid.io";
        }
        return "failure.unsaid.unexpected";
    }
}
