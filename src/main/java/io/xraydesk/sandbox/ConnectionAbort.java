package io.xraydesk.sandbox;

import java.io.IOException;

/**
 * Thrown by a handler to make the JDK server drop the connection there and then (its reaction to a
 * handler failure), which is the only way {@code com.sun.net.httpserver} offers to cut a connection
 * mid-answer. Used by the {@code reset} and {@code truncated} faults.
 */
final class ConnectionAbort extends IOException {

    ConnectionAbort() {
        super("connection dropped on purpose", null);
    }
}
