package io.xraydesk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns {@link ApiError}s into JSON error answers and any other failure into a 500, so bad input
 * gets a clear message and never kills a server thread silently.
 */
final class SafeHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(SafeHandler.class.getName());

    private final HttpHandler delegate;

    SafeHandler(HttpHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        boolean aborted = false;
        try {
            delegate.handle(ex);
        } catch (ConnectionAbort e) {
            aborted = true;
            throw e; // the server closes the connection without a clean end of answer
        } catch (ApiError e) {
            Exchanges.drain(ex);
            Exchanges.sendError(ex, e);
        } catch (IOException | RuntimeException e) {
            // Only the method and path are logged: headers would carry the session token.
            LOG.log(Level.WARNING, "sandbox failed on " + ex.getRequestMethod() + " "
                    + ex.getRequestURI().getPath(), e);
            try {
                Exchanges.sendError(ex, new ApiError(500, "internal_error", "The sandbox failed: " + e));
            } catch (IOException | RuntimeException alreadyAnswered) {
                // headers were already sent; closing is all that is left
            }
        } finally {
            if (!aborted) {
                ex.close();
            }
        }
    }
}
