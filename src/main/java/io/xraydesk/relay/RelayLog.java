package io.xraydesk.relay;

import java.io.PrintStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * The relay's log: one line per event on its standard output (which systemd's journal keeps), with
 * the time first. Lines name events, requests and reports by id, never a token, key or password.
 */
record RelayLog(PrintStream out, Clock clock) {

    synchronized void line(String text) {
        out.println(clock.instant().truncatedTo(ChronoUnit.MILLIS) + " " + text);
        out.flush();
    }
}
