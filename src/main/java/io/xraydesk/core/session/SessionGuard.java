package io.xraydesk.core.session;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.core.i18n.Messages;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where every screen sends the failures of its background work, so a token that stops being
 * accepted (revoked, expired) takes the analyst back to the sign-in screen with the reason, from any
 * screen, in one place. Work in progress is not touched: pending uploads stay in their journal and
 * resume after signing in again.
 *
 * <pre>{@code
 * tasks.task("load", p -> session.client().getRequest(id))
 *      .onFailure(failure -> { if (!guard.signedOutBy(failure)) dialogs.error(text, failure); })
 *      .start();
 * }</pre>
 */
public final class SessionGuard {

    private final Consumer<String> onRejected;

    /** @param onRejected receives the reason to show on the sign-in screen; called on the caller's thread */
    public SessionGuard(Consumer<String> onRejected) {
        this.onRejected = Objects.requireNonNull(onRejected, "onRejected");
    }

    /**
     * True when {@code failure} (or one of its causes) says the token was refused; the analyst is
     * then signed out and the caller shows nothing more.
     */
    public boolean signedOutBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                onRejected.accept(Messages.get("signin.reason.token_refused"));
                return true;
            }
        }
        return false;
    }
}
