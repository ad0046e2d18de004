package io.xraydesk.core.upload;

/**
 * How the panel and the command line observe the queue. Called on the queue's worker threads (never
 * the UI thread): implementations hand over to their own thread. Progress calls are throttled by the
 * queue; state changes always arrive.
 */
public interface UploadQueueListener {

    /** A file changed state or made progress; {@code overall} is the batch it belongs to. */
    void changed(UploadStatus status, OverallProgress overall);

    /**
     * The API refused the credentials (HTTP 401): the queue stopped; unfinished files stay in the
     * journal and continue after the analyst signs in again ({@link UploadQueue#resumeUnfinished()}).
     */
    default void haltedForCredentials() {
    }

    /**
     * Another program sends the uploads of the same journal (the application and a terminal, two
     * terminals): this queue waits until it is done, so that no file is sent twice. {@code who} says
     * which program, in words.
     */
    default void waitingForAnotherSender(String who) {
    }
}
