package io.xraydesk.api;

/**
 * The server's answer was longer than the limit for its kind ({@link AnswerLimits}): it was not read
 * further, and the call is not repeated, since the same server would send the same answer.
 */
public class AnswerTooLargeException extends OctoberException {

    private static final long serialVersionUID = 1L;

    public AnswerTooLargeException(String host, long limitBytes, int status, String method, String path) {
        super("the answer of " + host + " is longer than " + AnswerLimits.describe(limitBytes)
                + ", the limit for this kind of answer; it was not read further", status, method, path);
    }
}
