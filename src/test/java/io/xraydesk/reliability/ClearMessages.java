package io.xraydesk.reliability;

import java.util.List;
import java.util.regex.Pattern;

/** What makes a message shown to an analyst "clear": present, no stack trace, no secret in it. */
final class ClearMessages {

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    /** An exception's class name, with or without its message after it: words for developers, not analysts. */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w*(Exception|Error)\\b");

    private ClearMessages() {
    }

    /** Null when the message is clear, else what is wrong with it. */
    static String problemOf(String message, List<String> secrets) {
        if (message == null || message.isBlank()) {
            return "empty message";
        }
        if (STACK_FRAME.matcher(message).find() || EXCEPTION_NAME.matcher(message).find()) {
            return "message carries a stack trace or an exception name: " + message;
        }
        for (String secret : secrets) {
            if (message.contains(secret)) {
                return "message names a secret";
            }
        }
        return null;
    }
}
