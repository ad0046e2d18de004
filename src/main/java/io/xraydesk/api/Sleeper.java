package io.xraydesk.api;

import java.time.Duration;

/** How a retry waits; tests pass a recording one so they run instantly and can assert the waits. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really sleeps the calling thread. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
