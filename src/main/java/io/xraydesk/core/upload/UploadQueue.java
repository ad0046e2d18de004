package io.xraydesk.core.upload;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.CancelledException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.store.SenderLock;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The single owner of upload state in this process. Files are written to the {@link UploadJournal},
 * checked, and sent by a bounded number of workers through the steps of {@link FileUpload}; the
 * window and the command line only observe it through {@link UploadQueueListener} and ask it to
 * cancel or retry. A worker works on a row only while it holds the journal's {@link SenderLock}, so
 * the application and command-line processes sharing the journal never send a file twice.
 *
 * <p>Durable: what is in the journal survives a crash or a quit, and {@link #resumeUnfinished()} carries
 * on where each file stopped. One queue serves one set of credentials (a signed-in session); after a
 * 401 it halts, and the queue of the next session resumes the files.
 */
public final class UploadQueue implements AutoCloseable {

    public static final int DEFAULT_CONCURRENCY = 3;
    /** What a process waiting for this queue's journal is told holds it, unless {@link #setSenderName} says otherwise. */
    public static final String DEFAULT_SENDER_NAME = "X-Ray Desk";
    /** The most often one file's progress is published: smooth bars, no flood of the UI thread. */
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Logger LOG = Logger.getLogger(UploadQueue.class.getName());

    private final UploadJournal journal;
    private final OctoberClient client;
    private final S3Uploader uploader;
    private final FileChecks checks;
    private final SenderLock senderLock;
    private final Clock clock;
    private final UploadWorkers workers;
    private final Map<UUID, UploadJob> active = new ConcurrentHashMap<>();
    /** Files of the current batch (since the queue was last idle), for the overall bar. */
    private final BatchProgress batch = new BatchProgress();
    private final QueueListeners listeners = new QueueListeners();
    private final Object idle = new Object();
    /** Files removed from {@link #active} whose last event is still being published (guarded by idle). */
    private int settling;
    private volatile boolean halted;
    private volatile boolean closed;
    private volatile String senderName = DEFAULT_SENDER_NAME;

    public UploadQueue(UploadJournal journal, OctoberClient client, S3Uploader uploader, int concurrency) {
        this(journal, client, uploader, concurrency, new FileInspector(FileInspector.DEFAULT_MAX_BYTES),
                Clock.systemDefaultZone());
    }

    public UploadQueue(UploadJournal journal, OctoberClient client, S3Uploader uploader, int concurrency,
            FileInspector inspector, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.client = Objects.requireNonNull(client, "client");
        this.uploader = Objects.requireNonNull(uploader, "uploader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checks = new FileChecks(journal, Objects.requireNonNull(inspector, "inspector"), new DocumentDateRule(clock),
                clock);
        this.senderLock = journal.senderLock();
        this.workers = new UploadWorkers(concurrency);
    }

    public void addListener(UploadQueueListener listener) {
        listeners.add(listener);
    }

    public void removeListener(UploadQueueListener listener) {
        listeners.remove(listener);
    }

    /** What another process waiting for the journal is told holds it: the program, never its arguments. */
    public void setSenderName(String name) {
        this.senderName = Objects.requireNonNull(name, "name");
    }

    /** How many files are sent at once. */
    public int concurrency() {
        return workers.size();
    }

    /** How many files are sent at once from now on (the setting; at least 1). */
    public void setConcurrency(int concurrency) {
        workers.resize(concurrency);
    }

    /**
     * The checks of a file for {@code requestId} without queuing it, for the rows of the panel: content
     * type, size, readability, duplicates of the request. Reads the file (in full when it was just
     * modified): call off the UI thread.
     */
    public FileCheck check(String requestId, Path path) {
        return checks.preview(requestId, path);
    }

    /**
     * Records one file and checks it: see {@link #record} and {@link #checkAndSend}. Reads the file:
     * call off the UI thread.
     */
    public EnqueueResult enqueue(String requestId, Path path, DocumentDescription description) {
        return checkAndSend(record(requestId, List.of(path), description).get(0));
    }

    /**
     * Writes every named file to the journal, in one transaction and before any check runs, so that a
     * crash during the checks loses none of them: {@code queue resume} checks what is left. The rows
     * are returned in the order of {@code paths}.
     */
    public List<UploadItem> record(String requestId, List<Path> paths, DocumentDescription description) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(description, "description");
        Instant now = Instant.now(clock);
        List<UploadItem> items = paths.stream().map(path -> path.toAbsolutePath().normalize())
                .map(file -> UploadItem.checking(requestId, file.toString(), String.valueOf(file.getFileName()),
                        description.category().wire(), description.periodWire(), description.isoDate(), now))
                .toList();
        journal.record(items);
        return items;
    }

    /**
     * Runs the checks of a recorded file in the calling thread and, when nothing refuses it, schedules
     * it. A refused file stays in the journal with its reasons. Reads what the content checks need (the
     * whole file only when it was just modified: docs/uploads.md, Fingerprints).
     */
    public EnqueueResult checkAndSend(UploadItem recorded) {
        FileChecks.Verdict verdict = checks.check(recorded);
        Path file = Path.of(recorded.filePath());
        if (!verdict.refusals().isEmpty()) {
            return new EnqueueResult(file, null, verdict.refusals(), verdict.warnings());
        }
        UploadStatus status = UploadState.RESUMABLE.contains(verdict.item().state())
                ? schedule(verdict.item(), false).status() : statusOf(verdict.item());
        return new EnqueueResult(file, status, List.of(), verdict.warnings());
    }

    /**
     * Every file of the request the journal knows, oldest first, with live progress where it runs;
     * files their checks refused are left out (the row that named them said why at the time).
     */
    public List<UploadStatus> statuses(String requestId) {
        return journal.forRequest(requestId).stream().filter(item -> item.state() != UploadState.REFUSED)
                .map(this::statusOf).toList();
    }

    /** Files not finished yet, all requests: waiting, half-way, or failed and waiting for a retry. */
    public List<UploadStatus> unfinished() {
        return Stream.concat(journal.resumable().stream(), journal.failed().stream()).map(this::statusOf).toList();
    }

    /**
     * Carries on with every file the journal holds as unfinished (after a start, a crash, or a new
     * sign-in after a 401). Returns how many were scheduled.
     */
    public int resumeUnfinished() {
        halted = false;
        int scheduled = 0;
        for (UploadItem item : journal.resumable()) {
            if (!active.containsKey(item.id())) {
                schedule(item, true);
                scheduled++;
            }
        }
        return scheduled;
    }

    /**
     * Withdraws a file that is not online yet. Refused (false) while it is being put online: the server
     * may already have done it, and the row must not claim otherwise.
     */
    public boolean cancel(UUID id) {
        UploadJob job = active.get(id);
        if (job != null && job.phase == UploadJob.Phase.FINALISING) {
            return false;
        }
        if (!journal.cancel(id)) {
            return false;
        }
        if (job != null) {
            job.withdrawn = true;
            job.cancellation.cancel();
            Future<?> future = job.future;
            // A file still waiting for a worker never runs once its task is cancelled, so its own
            // clean-up never comes: release its place here (harmless if the worker just started).
            if (future != null && future.cancel(true) && job.phase == UploadJob.Phase.WAITING) {
                finished(job);
            }
            job.item = journal.find(id).orElse(job.item);
            publish(job);
        } else {
            journal.find(id).ifPresent(item -> publish(new UploadJob(item, false)));
        }
        return true;
    }

    /** Withdraws every unfinished file of the request; returns how many were withdrawn. */
    public int cancelAll(String requestId) {
        int cancelled = 0;
        for (UploadItem item : journal.forRequest(requestId)) {
            if (!item.state().isFinal() && cancel(item.id())) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /** Puts a failed file back in the queue for a fresh attempt. */
    public boolean retry(UUID id) {
        if (!journal.requeue(id)) {
            return false;
        }
        halted = false;
        journal.find(id).ifPresent(item -> schedule(item, false));
        return true;
    }

    /** True while a file is waiting for a worker or being sent: what quitting must ask about. */
    public boolean hasActiveWork() {
        return !active.isEmpty();
    }

    /** How many files are waiting for a worker or being sent. */
    public int activeCount() {
        return active.size();
    }

    /** True after a 401 until {@link #resumeUnfinished()} or {@link #retry}. */
    public boolean isHalted() {
        return halted;
    }

    /** The batch as a whole, for the overall bar and its ETA. */
    public OverallProgress overall() {
        return batch.snapshot();
    }

    /**
     * Waits until no file is active and every file's last event reached the listeners (or the timeout
     * passed); for the command line.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (!active.isEmpty() || settling > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /**
     * Stops the workers now (the application quits). Files keep their journal state and are resumed by
     * the next start; nothing is marked failed or cancelled.
     */
    @Override
    public void close() {
        closed = true;
        active.values().forEach(job -> job.cancellation.cancel());
        workers.stop();
    }

    private UploadJob schedule(UploadItem item, boolean resumed) {
        UploadJob job = new UploadJob(item, resumed);
        synchronized (idle) {
            if (active.isEmpty()) {
                batch.clear();
            }
            UploadJob previous = active.putIfAbsent(item.id(), job);
            if (previous != null) {
                return previous;
            }
            batch.add(job);
        }
        publish(job);
        job.future = workers.submit(() -> work(job));
        return job;
    }

    private void work(UploadJob job) {
        try {
            if (halted || closed || job.withdrawn) {
                return; // stays in the journal as it is
            }
            senderLock.acquire(this, senderName, this::waitingFor);
            try {
                new FileUpload(journal, checks, client, uploader, job, () -> progressed(job)).run();
            } finally {
                senderLock.release(this);
            }
        } catch (InterruptedException stopped) {
            // The queue closes: the file keeps its journal state for the next start.
            Thread.currentThread().interrupt();
        } catch (AuthenticationException refused) {
            halt();
        } catch (CancelledException stopped) {
            if (!closed && !job.withdrawn) {
                fail(job, UploadFailure.of(stopped));
            }
        } catch (FileChangedException changed) {
            fail(job, new UploadFailure(FailureKind.FILE_CHANGED, changed.getMessage()));
        } catch (Exception | Error failure) {
            if (!closed && !job.withdrawn) {
                fail(job, UploadFailure.of(failure));
            }
        } finally {
            finished(job);
        }
    }

    private void finished(UploadJob job) {
        job.phase = UploadJob.Phase.DONE;
        // Removed before the last event, so a listener reacting to it sees the queue as it now is.
        synchronized (idle) {
            active.remove(job.id, job);
            settling++;
        }
        try {
            publish(job);
        } finally {
            synchronized (idle) {
                settling--;
                idle.notifyAll();
            }
        }
    }

    private void fail(UploadJob job, UploadFailure failure) {
        LOG.log(Level.INFO, () -> "upload " + job.id + " failed: " + failure.kind());
        journal.markFailed(job.id, failure.kind().name(), failure.detail());
        journal.find(job.id).ifPresent(item -> job.item = item);
    }

    /**
     * Another process (or another queue of this one) holds the journal: this worker waits, and the
     * listeners say who holds it, once per wait.
     */
    private void waitingFor(Optional<SenderLock.Holder> holder) {
        String text = UploadText.waitingFor(holder, clock.getZone());
        listeners.tell(listener -> listener.waitingForAnotherSender(text));
    }

    private void halt() {
        if (!halted) {
            halted = true;
            listeners.tell(UploadQueueListener::haltedForCredentials);
        }
    }

    private void progressed(UploadJob job) {
        long now = System.nanoTime();
        if (now - job.lastPublishedNanos >= PROGRESS_INTERVAL_NANOS || job.bytesSent >= job.item.sizeBytes()) {
            job.lastPublishedNanos = now;
            publish(job);
        }
    }

    private void publish(UploadJob job) {
        listeners.changed(job, batch);
    }

    private UploadStatus statusOf(UploadItem item) {
        UploadJob job = active.get(item.id());
        return job == null ? new UploadStatus(item, 0, 0) : job.status();
    }
}
