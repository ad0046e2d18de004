package io.xraydesk.ui.concurrent;

/** Where running {@link Work} reports how far it got; safe to call as often as needed. */
@FunctionalInterface
public interface ProgressSink {

    /** Reports {@code done} out of {@code total} units (bytes, files…); a total of 0 or less means unknown. */
    void update(long done, long total);
}
