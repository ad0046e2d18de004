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
        super("created, answer unreadable" + (foundId == null ? " (no id found in it)" : " (id " + foundId + ")")
                + ": " + unreadable.problem(), unreadable.snippet(), unreadable.status(), unreadable.method(),
                unreadable.path(), unreadable);
        this.foundId = foundId;
    }

    public Optional<String> foundId() {
        return Optional.ofNullable(foundId);
    }
}
