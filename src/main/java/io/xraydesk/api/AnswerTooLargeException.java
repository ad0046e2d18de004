package io.xraydesk.api;

import java.nio.charset.StandardCharsets;

/**
 * The server's answer was longer than the limit for its kind ({@link AnswerLimits}): it was not read
 * further, and the call is not repeated, since the same server would send the same answer.
 */
public class AnswerTooLargeException extends OctoberException {

    private static final long serialVersionUID = 1L;

    /** The first bytes received, as text: where a create's answer names what it created. */
    private final String start;

    AnswerTooLargeException(String host, long limitBytes, int status, String method, String path, byte[] start) {
        super("the answer of " + host + " is longer than " + AnswerLimits.describe(limitBytes)
                + ", the limit for this kind of answer; it was not read further", status, method, path);
        this.start = new String(start, StandardCharsets.UTF_8);
    }

    /** The first bytes received, at most 4 KiB. */
    String start() {
        return start;
    }
}
