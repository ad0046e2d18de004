package io.xraydesk.ui.context;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.core.session.ConnectionMonitor;

/**
 * What the background work of a session tells the window, each event to one owner. Called on
 * background threads: the receiver moves to the UI thread itself.
 */
public interface SessionEvents {

    /** The token was refused (by the watcher, an upload, or a screen's task): back to sign-in. */
    void authenticationLost(AuthenticationException failure);

    /** How the API answers lately, for the status bar (the session's {@link ConnectionMonitor}). */
    void connectionChanged(ConnectionMonitor.State state);

    /** The session's work could not start (its cache unreadable, for instance). */
    void startFailed(Throwable failure);
}
