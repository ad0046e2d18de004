package io.xraydesk.ui.concurrent;

/**
 * A piece of slow work (network, disk, keychain) run off the UI thread. It should answer
 * interruption promptly: {@link TaskHandle#cancel()} interrupts the thread running it.
 */
@FunctionalInterface
public interface Work<T> {

    T run(ProgressSink progress) throws Exception;
}
