package io.xraydesk.core.analystnotes;

import io.xraydesk.store.NoteDraft;
import io.xraydesk.store.NoteDraftStore;
import io.xraydesk.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the draft of one note on disk as it is typed, so that a crash loses at most the last
 * {@link #DEFAULT_DELAY} of typing (plus the time of one write).
 *
 * <p>{@link #typed} only remembers the text and, if no write is due, schedules one {@code delay}
 * later on the writer thread: the UI thread never waits on the disk, and a fast typist causes one
 * write per delay, not one per key. A write that fails (disk full) keeps the text and tries again one
 * delay later. {@link #saveNowAsync()} and {@link #closeAsync()} write what is left at once.
 */
public final class DraftKeeper {

    /** Half a second: with the write itself, a crash loses well under a second of typing. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(DraftKeeper.class.getName());

    private final NoteDraftStore drafts;
    private final String requestId;
    private final Optional<String> noteId;
    private final Optional<Long> baseVersion;
    private final Clock clock;
    private final ScheduledExecutorService writer;
    private final Duration delay;
    /** The latest text not written yet; null when the disk has the latest. */
    private final AtomicReference<String> unwritten = new AtomicReference<>();
    private final AtomicBoolean writeDue = new AtomicBoolean();
    private volatile boolean closed;

    /**
     * @param noteId the note being edited, or empty for a new note
     * @param baseVersion the version the edit started from (empty for a new note)
     * @param writer the thread drafts are written on, shared by the keepers of a window
     */
    public DraftKeeper(NoteDraftStore drafts, String requestId, Optional<String> noteId, Optional<Long> baseVersion,
            Clock clock, ScheduledExecutorService writer, Duration delay) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.noteId = Objects.requireNonNull(noteId, "noteId");
        this.baseVersion = Objects.requireNonNull(baseVersion, "baseVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    /** A writer thread for drafts: a daemon, since {@link #closeAsync()} is what saves the last text. */
    public static ScheduledExecutorService newWriterThread() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "xraydesk-note-drafts");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The whole text of the note as it is now. Returns at once; safe on any thread. */
    public void typed(String text) {
        if (closed) {
            throw new IllegalStateException("the draft keeper is closed");
        }
        unwritten.set(Objects.requireNonNull(text, "text"));
        scheduleWrite();
    }

    /**
     * Writes what is left now and stops. The future completes once it is on disk, or with the {@link
     * StoreException} that prevented it (the text is then only where it was typed).
     */
    public CompletableFuture<Void> closeAsync() {
        closed = true;
        return saveNowAsync();
    }

    /**
     * Writes what is not on disk yet without waiting for the delay (the editor lost the focus: the
     * analyst may be about to leave). The future completes as {@link #closeAsync()}'s does.
     */
    public CompletableFuture<Void> saveNowAsync() {
        return CompletableFuture.runAsync(() -> {
            String text = unwritten.getAndSet(null);
            if (text != null) {
                save(text);
            }
        }, writer);
    }

    /** {@link #closeAsync()} and waits for it: for callers that are not the UI thread. */
    public void close() throws InterruptedException {
        try {
            closeAsync().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        }
    }

    private void scheduleWrite() {
        if (writeDue.compareAndSet(false, true)) {
            writer.schedule(this::write, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void write() {
        // Cleared before the text is taken: a key typed from here on schedules the next write.
        writeDue.set(false);
        String text = unwritten.getAndSet(null);
        if (text == null) {
            return;
        }
        try {
            save(text);
        } catch (StoreException failed) {
            LOG.log(Level.WARNING, "note draft not written, trying again: " + failed.getMessage());
            unwritten.compareAndSet(null, text);
            if (!closed) {
                scheduleWrite();
            }
        }
    }

    private void save(String text) {
        drafts.save(new NoteDraft(requestId, noteId, baseVersion, text, clock.instant()));
    }
}
