package io.xraydesk.ui;

/**
 * A place in the window the analyst can be sent to and brought back to, as data rather than a
 * screen: it outlives the screens of one window and one session, so Back and a language change
 * reach it again with screens built anew.
 */
sealed interface Destination {

    /** The requests list. */
    record Requests() implements Destination {
    }

    /** The new-request form, with what was typed in it. */
    record NewRequest() implements Destination {
    }

    /** One request's page. */
    record Request(String requestId) implements Destination {
    }
}
