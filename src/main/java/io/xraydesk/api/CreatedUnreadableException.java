package io.xraydesk.api;

import java.util.Optional;

/**
 * The server accepted a create (it answered 2xx) but its answer could not be read. The resource very
 * probably exists: this is never a refusal, and repeating the call could make a duplicate. Carries
 * whatever id could be found in the answer, so the caller can record and reopen it.
 */
public class CreatedUnreadableException extends MalformedResponseException {

    private static final long serialVersionUID = 1L;

    private final String foundId;

    public CreatedUnreadableException(MalformedResponseException unreadable, String foundId) {
        this(unreadable.problem(), unreadable.snippet(), unreadable, foundId);
    }

    /** The answer was too long to be read at all; {@code foundId} comes from its first bytes, if any. */
    public CreatedUnreadableException(AnswerTooLargeException tooLong, String foundId) {
        this(tooLong.detail(), ErrorBody.snippet(tooLong.start(), JsonBodies.SNIPPET), tooLong, foundId);
    }

    private CreatedUnreadableException(String problem, String snippet, OctoberException cause, String foundId) {
        super("created, answer unreadable" + (foundId == null ? " (no id found in it)" : " (id " + foundId + ")")
                + ": " + problem, snippet, cause.status(), cause.method(), cause.path(), cause);
        this.foundId = foundId;
    }

    public Optional<String> foundId() {
        return Optional.ofNullable(foundId);
    }
}
