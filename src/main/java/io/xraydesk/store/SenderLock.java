package io.xraydesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One sender per upload journal. The application and every command-line process take this lock before
 * they work on a row of the journal, so two of them never send the same file: the second one waits,
 * and is told who holds the journal. It is an operating-system lock on a file next to the database,
 * so it dies with its process: a killed sender never blocks the next one, and nothing has to expire.
 *
 * <p>Within one process the lock has one owner at a time (one upload queue), counted per hold, so the
 * workers of that queue share it; another queue of the same process waits like another process would.
 * The file's text says who holds the lock (process id, program, since when): never an argument of the
 * command line, which may carry a token.
 */
public final class SenderLock {

    /** How often a waiting process tries the lock again. */
    private static final long POLL_MILLIS = 100;
    /**
     * Polls a waiter reads the holder's text again before it is told without the details: the holder
     * writes its text just after it took the lock, so a waiter arriving in between reads it empty.
     */
    private static final int UNREAD_HOLDER_POLLS = 5;
    /**
     * The locked byte lies past the holder's text: on systems where a lock also blocks reading (Windows),
     * the waiting side can still read who holds it.
     */
    private static final long LOCKED_POSITION = 1L << 20;

    private static final Map<Path, SenderLock> BY_FILE = new HashMap<>();

    private final Path file;
    private final Clock clock;
    private Object owner;
    private String ownerProgram;
    private Instant ownerSince;
    private int holds;
    private FileChannel channel;
    private FileLock lock;

    private SenderLock(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The lock of the journal in {@code database}; one object per file within this process. */
    static SenderLock of(Path database, Clock clock) {
        Path file = database.toAbsolutePath().normalize().resolveSibling(database.getFileName() + ".sender");
        synchronized (BY_FILE) {
            return BY_FILE.computeIfAbsent(file, f -> new SenderLock(f, clock));
        }
    }

    /** Who holds the journal, as the holder wrote it. */
    public record Holder(long pid, String program, Instant since) {
        public Holder {
            Objects.requireNonNull(program, "program");
        }
    }

    /**
     * Blocks until {@code owner} holds the lock (at once if it already does: holds are counted).
     *
     * @param program what the holder is, for whoever waits ("X-Ray Desk", "xraydesk queue resume")
     * @param waiting told once, before waiting, who holds the lock (empty when its text is unreadable)
     * @throws InterruptedException when the thread is interrupted while waiting; nothing is held then
     */
    public synchronized void acquire(Object owner, String program, Consumer<Optional<Holder>> waiting)
            throws InterruptedException {
        boolean told = false;
        int unreadPolls = 0;
        while (true) {
            if (this.owner == owner) {
                holds++;
                return;
            }
            if (this.owner == null && lockFile(program)) {
                this.owner = owner;
                this.ownerProgram = program;
                this.ownerSince = Instant.now(clock);
                holds = 1;
                return;
            }
            if (!told) {
                Optional<Holder> holder = holder();
                if (holder.isPresent() || ++unreadPolls > UNREAD_HOLDER_POLLS) {
                    told = true;
                    waiting.accept(holder);
                }
            }
            wait(POLL_MILLIS);
        }
    }

    /** Gives back one hold of {@code owner}; the last one frees the lock for the others. */
    public synchronized void release(Object owner) {
        if (this.owner != owner || --holds > 0) {
            return;
        }
        this.owner = null;
        this.ownerProgram = null;
        try {
            lock.release();
            channel.close();
        } catch (IOException closing) {
            // Closing the channel frees the lock in any case; nothing else to undo.
        } finally {
            lock = null;
            channel = null;
            notifyAll();
        }
    }

    private boolean lockFile(String program) {
        try {
            PrivateFiles.createDirectories(file.getParent());
            FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock taken = opened.tryLock(LOCKED_POSITION, 1, false);
            if (taken == null) {
                opened.close();
                return false;
            }
            PrivateFiles.restrictFile(file);
            String text = ProcessHandle.current().pid() + "\n" + program + "\n" + Instant.now(clock) + "\n";
            opened.truncate(0);
            opened.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel = opened;
            lock = taken;
            return true;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED,
                    "Cannot take the upload lock " + file + ": " + e.getMessage(), e);
        }
    }

    private Optional<Holder> holder() {
        if (owner != null) {
            return Optional.of(new Holder(ProcessHandle.current().pid(), ownerProgram, ownerSince));
        }
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            return lines.length < 3 ? Optional.empty()
                    : Optional.of(new Holder(Long.parseLong(lines[0]), lines[1], Instant.parse(lines[2])));
        } catch (IOException | RuntimeException unreadable) {
            // Written by a holder being killed, or not yet: whoever waits is told without the details.
            return Optional.empty();
        }
    }
}
