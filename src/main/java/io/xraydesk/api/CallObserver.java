package io.xraydesk.api;

/**
 * Hears of every HTTP attempt the {@link OctoberClient} makes and how it ended, so that something can
 * tell whether the server is reachable (the connection state) without wrapping each call. Called on
 * the calling thread: keep it quick and never throw.
 */
@FunctionalInterface
public interface CallObserver {

    /** Observes nothing. */
    CallObserver NONE = () -> Attempt.IGNORED;

    /** An attempt is about to be sent; exactly one method of the returned attempt is called when it ends. */
    Attempt started();

    /** One HTTP attempt in flight. */
    interface Attempt {

        Attempt IGNORED = new Attempt() {
        };

        /** The server answered with {@code status} (any status: even a 401 proves it is reachable). */
        default void answered(int status) {
        }

        /** No answer: the connection failed, was dropped, or the answer did not come in time. */
        default void unreachable() {
        }

        /** The caller gave up (interrupted): says nothing about the server. */
        default void abandoned() {
        }
    }
}
