package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's sender lock within one process: holds of one owner are counted, another owner waits
 * until the last hold is given back and is told who held it, and a waiter can be interrupted. Between
 * processes the same lock is exercised by the two-process matrix of the reliability suite.
 */
class SenderLockTest {

    @TempDir
    Path dir;

    @Test
    void anotherOwnerWaitsUntilTheLastHoldIsGivenBackAndIsToldWhoHeldIt() throws Exception {
        SenderLock lock = SenderLock.of(dir.resolve("xraydesk.db"), Clock.systemUTC());
        Object app = new Object();
        Object terminal = new Object();
        lock.acquire(app, "X-Ray Desk", holder -> {
            throw new AssertionError("a free lock is taken at once");
        });
        lock.acquire(app, "X-Ray Desk", holder -> {
            throw new AssertionError("its owner takes it again at once");
        });

        AtomicReference<Optional<SenderLock.Holder>> told = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                lock.acquire(terminal, "xraydesk queue resume", holder -> {
                    told.set(holder);
                    waiting.countDown();
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(waiting.await(5, TimeUnit.SECONDS));
        SenderLock.Holder holder = told.get().orElseThrow();
        assertEquals("X-Ray Desk", holder.program());
        assertEquals(ProcessHandle.current().pid(), holder.pid());

        lock.release(app);
        Thread.sleep(300);
        assertFalse(second.isDone(), "one hold is still out");
        lock.release(app);
        second.get(5, TimeUnit.SECONDS);
        lock.release(terminal);
    }

    @Test
    void aWaiterIsInterruptedWithoutHoldingAnything() throws Exception {
        SenderLock lock = SenderLock.of(dir.resolve("xraydesk.db"), Clock.systemUTC());
        Object app = new Object();
        lock.acquire(app, "X-Ray Desk", holder -> { });
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                lock.acquire(new Object(), "xraydesk upload", holder -> waiting.countDown());
            } catch (InterruptedException e) {
                ended.set(e);
            }
        });
        waiter.start();
        assertTrue(waiting.await(5, TimeUnit.SECONDS));
        waiter.interrupt();
        waiter.join(5_000);
        assertTrue(ended.get() instanceof InterruptedException);

        lock.release(app);
        Object next = new Object();
        lock.acquire(next, "X-Ray Desk", holder -> {
            throw new AssertionError("nothing is left held by the interrupted waiter");
        });
        lock.release(next);
    }
}
