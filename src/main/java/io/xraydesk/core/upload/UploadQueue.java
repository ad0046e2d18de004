package io.xraydesk.core.upload;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.CancelledException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentIssue;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.documents.FileReport;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The single owner of upload state. Files are checked, written to the {@link UploadJournal} and sent
 * by a bounded number of workers through the three steps of {@link FileUpload}; the window and the
 * command line only observe it through {@link UploadQueueListener} and ask it to cancel or retry.
 *
 * <p>Durable: what is in the journal survives a crash or a quit, and {@link #resumeUnfinished()} carries
 * on where each file stopped. One queue serves one set of credentials (a signed-in session); after a
 * 401 it halts, and the queue of the next session resumes the files.
 */
public final class UploadQueue implements AutoCloseable {

    public static final int DEFAULT_CONCURRENCY = 3;
    /** The most often one file's progress is published: smooth bars, no flood of the UI thread. */
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Logger LOG = Logger.getLogger(UploadQueue.class.getName());

    private final UploadJournal journal;
    private final OctoberClient client;
    private final S3Uploader uploader;
    private final FileInspector inspector;
    private final DocumentDateRule dateRule;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final Map<UUID, UploadJob> active = new ConcurrentHashMap<>();
    /** Files of the current batch (since the queue was last idle), for the overall bar. */
    private final Map<UUID, UploadJob> batch = new ConcurrentHashMap<>();
    private final RateMeter overallRate = new RateMeter();
    private final List<UploadQueueListener> listeners = new CopyOnWriteArrayList<>();
    private final Object idle = new Object();
    /** Files removed from {@link #active} whose last event is still being published (guarded by idle). */
    private int settling;
    /** Snapshots are taken and delivered under one lock, so listeners never see them out of order. */
    private final Object publishing = new Object();
    private volatile boolean halted;
    private volatile boolean closed;

    public UploadQueue(UploadJournal journal, OctoberClient client, S3Uploader uploader, int concurrency) {
        this(journal, client, uploader, concurrency, new FileInspector(FileInspector.DEFAULT_MAX_BYTES),
                Clock.systemDefaultZone());
    }

    public UploadQueue(UploadJournal journal, OctoberClient client, S3Uploader uploader, int concurrency,
            FileInspector inspector, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.client = Objects.requireNonNull(client, "client");
        this.uploader = Objects.requireNonNull(uploader, "uploader");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dateRule = new DocumentDateRule(clock);
        int threads = Math.max(1, concurrency);
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new WorkerThreads());
    }

    public void addListener(UploadQueueListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(UploadQueueListener listener) {
        listeners.remove(listener);
    }

    /** How many files are sent at once from now on (the setting; at least 1). */
    public synchronized void setConcurrency(int concurrency) {
        int threads = Math.max(1, concurrency);
        if (threads > workers.getMaximumPoolSize()) {
            workers.setMaximumPoolSize(threads);
            workers.setCorePoolSize(threads);
        } else {
            workers.setCorePoolSize(threads);
            workers.setMaximumPoolSize(threads);
        }
    }

    /**
     * The checks of a file for {@code requestId} without queuing it, for the rows of the panel: content
     * type, size, readability, duplicates of the request. Reads the whole file: call off the UI thread.
     */
    public FileCheck check(String requestId, Path path) {
        FileReport report = inspector.inspect(path);
        List<String> refusals = new ArrayList<>(messages(report.refusals()));
        if (report.isAccepted()) {
            duplicateOf(requestId, report).ifPresent(refusals::add);
        }
        return new FileCheck(path, report, refusals, messages(report.warnings()));
    }

    /**
     * Checks the file and its description and, when nothing refuses it, writes it to the journal and
     * schedules it. Reads the whole file: call off the UI thread.
     */
    public EnqueueResult enqueue(String requestId, Path path, DocumentDescription description) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(description, "description");
        Path file = path.toAbsolutePath().normalize();
        // Read before hashing: a write during the hash then shows as a newer time at sending.
        FileTime modified = lastModified(file);
        FileReport report = inspector.inspect(file);
        List<String> warnings = messages(report.warnings());
        List<String> refusals = new ArrayList<>(messages(report.refusals()));
        refusals.addAll(messages(dateRule.check(description.category(), description.period(), description.date())));
        if (!refusals.isEmpty()) {
            return new EnqueueResult(file, null, refusals, warnings);
        }
        UploadItem item;
        // The duplicate check and the insert must not interleave with another enqueue of the same bytes.
        synchronized (this) {
            Optional<String> duplicate = duplicateOf(requestId, report);
            if (duplicate.isPresent()) {
                return new EnqueueResult(file, null, List.of(duplicate.get()), warnings);
            }
            item = UploadItem.queued(requestId, file.toString(), file.getFileName().toString(), report.size(),
                    report.sha256(), report.contentType().mimeType(), description.category().wire(),
                    description.periodWire(), description.isoDate(), Instant.now(clock));
            journal.enqueue(item);
        }
        UploadJob job = schedule(item, false, modified);
        return new EnqueueResult(file, job.status(), List.of(), warnings);
    }

    /** Every file of the request the journal knows, oldest first, with live progress where it runs. */
    public List<UploadStatus> statuses(String requestId) {
        return journal.forRequest(requestId).stream().map(this::statusOf).toList();
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
                schedule(item, true, null);
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
        journal.find(id).ifPresent(item -> schedule(item, false, null));
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
        long done = 0;
        long total = 0;
        int left = 0;
        for (UploadJob job : batch.values()) {
            UploadStatus status = job.status();
            UploadState state = status.state();
            if (state == UploadState.CANCELLED || state == UploadState.FAILED) {
                continue;
            }
            total += status.item().sizeBytes();
            done += status.bytesDone();
            if (!state.isFinal()) {
                left++;
            }
        }
        return new OverallProgress(done, total, overallRate.bytesPerSecond(), left);
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
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private UploadJob schedule(UploadItem item, boolean resumed, FileTime hashedAt) {
        UploadJob job = new UploadJob(item, resumed);
        job.hashedAt = hashedAt;
        synchronized (idle) {
            if (active.isEmpty()) {
                batch.clear();
            }
            UploadJob previous = active.putIfAbsent(item.id(), job);
            if (previous != null) {
                return previous;
            }
            batch.put(item.id(), job);
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
            new FileUpload(journal, client, uploader, job, () -> progressed(job)).run();
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

    private void halt() {
        if (!halted) {
            halted = true;
            listeners.forEach(listener -> guarded(listener::haltedForCredentials));
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
        synchronized (publishing) {
            UploadStatus status = job.status();
            OverallProgress overall = overall();
            overallRate.record(System.nanoTime(), overall.bytesDone());
            listeners.forEach(listener -> guarded(() -> listener.changed(status, overall)));
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException unreadable) {
            return null; // the inspection says what is wrong with the file
        }
    }

    private UploadStatus statusOf(UploadItem item) {
        UploadJob job = active.get(item.id());
        return job == null ? new UploadStatus(item, 0, 0) : job.status();
    }

    private Optional<String> duplicateOf(String requestId, FileReport report) {
        return journal.findBySha(requestId, report.sha256()).map(existing -> Messages.get("upload.duplicate",
                report.path().getFileName().toString(), existing.fileName(), UploadText.state(existing.state())));
    }

    private static List<String> messages(List<DocumentIssue> issues) {
        return issues.stream().map(DocumentIssue::message).toList();
    }

    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            // An observer's bug must not stop the uploads.
            LOG.log(Level.WARNING, "upload listener failed", e);
        }
    }

    /** Daemon workers: the journal, not a live thread, is what keeps unfinished work. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "xraydesk-upload-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
