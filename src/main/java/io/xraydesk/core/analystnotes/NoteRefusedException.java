package io.xraydesk.core.analystnotes;

/** A note's text that the note rules refuse; the message says why, in the analyst's language. */
public final class NoteRefusedException extends RuntimeException {

    public NoteRefusedException(String message) {
        super(message);
    }
}
