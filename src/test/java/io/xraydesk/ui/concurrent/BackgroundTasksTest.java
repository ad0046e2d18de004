package io.xraydesk.ui.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class BackgroundTasksTest {

    private static final long WAIT_SECONDS = 5;

    private BackgroundTasks tasks;

    @AfterEach
    void closePool() {
        if (tasks != null) {
            tasks.close();
        }
    }

    @Test
    void aTaskStartedAfterCloseEndsWithoutRunningAndWithoutCallbacks() throws Exception {
        tasks = new BackgroundTasks(new DirectUiExecutor());
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean called = new AtomicBoolean();

        TaskHandle handle = tasks.task("late save", progress -> ran.getAndSet(true))
                .onSuccess(value -> called.set(true)).onFailure(failure -> called.set(true)).start();

        Thread.sleep(200);
        assertFalse(handle.isRunning());
        assertFalse(ran.get(), "no work once closed");
        assertFalse(called.get(), "no callback once closed");
    }

    @Test
    void runsWorkOffTheFxThreadAndDeliversTheResultOnIt() throws Exception {
        tasks = new BackgroundTasks(new FxUiExecutor());
        AtomicBoolean workOnFxThread = new AtomicBoolean(true);
        AtomicReference<String> workerName = new AtomicReference<>();
        AtomicBoolean deliveredOnFxThread = new AtomicBoolean(false);
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);

        tasks.task("compute answer", progress -> {
            workOnFxThread.set(Platform.isFxApplicationThread());
            workerName.set(Thread.currentThread().getName());
            return "42";
        }).onSuccess(value -> {
            deliveredOnFxThread.set(Platform.isFxApplicationThread());
            result.set(value);
            delivered.countDown();
        }).start();

        assertTrue(delivered.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(workOnFxThread.get());
        assertTrue(workerName.get().startsWith("xraydesk-io-"), workerName.get());
        assertTrue(workerName.get().contains("compute answer"), workerName.get());
        assertTrue(deliveredOnFxThread.get());
        assertEquals("42", result.get());
    }

    @Test
    void deliversTheFailureOfTheWorkOnTheFxThread() throws Exception {
        tasks = new BackgroundTasks(new FxUiExecutor());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean onFxThread = new AtomicBoolean();
        CountDownLatch delivered = new CountDownLatch(1);

        tasks.task("fail", progress -> {
            throw new IOException("disk unplugged");
        }).onSuccess(value -> delivered.countDown()).onFailure(error -> {
            onFxThread.set(Platform.isFxApplicationThread());
            failure.set(error);
            delivered.countDown();
        }).start();

        assertTrue(delivered.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failure.get());
        assertEquals("disk unplugged", failure.get().getMessage());
        assertTrue(onFxThread.get());
    }

    @Test
    void cancelInterruptsTheWorkerAndSuppressesCallbacks() throws Exception {
        tasks = new BackgroundTasks(new FxUiExecutor());
        CountDownLatch workStarted = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch neverOpened = new CountDownLatch(1);
        List<String> callbacks = new CopyOnWriteArrayList<>();
        Activity screen = new Activity();

        TaskHandle handle = tasks.task("wait forever", progress -> {
            workStarted.countDown();
            try {
                neverOpened.await();
                return "finished";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }).onSuccess(value -> callbacks.add("success")).onFailure(error -> callbacks.add("failure"))
                .trackedBy(screen).start();

        assertTrue(workStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(handle.isRunning());
        handle.cancel();

        assertTrue(interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS), "worker was not interrupted");
        assertTrue(handle.isCancelled());
        // The end of the task still reaches the UI thread (activity goes down) without callbacks.
        CountDownLatch uiDrained = new CountDownLatch(1);
        screen.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                uiDrained.countDown();
            }
        });
        if (screen.isBusy()) {
            assertTrue(uiDrained.await(WAIT_SECONDS, TimeUnit.SECONDS));
        }
        CountDownLatch afterQueue = new CountDownLatch(1);
        Platform.runLater(afterQueue::countDown);
        assertTrue(afterQueue.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(handle.isRunning());
        assertEquals(List.of(), callbacks);
    }

    @Test
    void aTaskCancelledBeforeAWorkerIsFreeNeverRuns() throws Exception {
        tasks = new BackgroundTasks(new DirectUiExecutor(), 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstDone = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();

        tasks.task("occupy the only worker", progress -> release.await(WAIT_SECONDS, TimeUnit.SECONDS))
                .onSuccess(value -> firstDone.countDown()).start();
        TaskHandle queued = tasks.task("queued", progress -> {
            secondRan.set(true);
            return null;
        }).start();
        queued.cancel();
        release.countDown();
        assertTrue(firstDone.await(WAIT_SECONDS, TimeUnit.SECONDS));

        CountDownLatch third = new CountDownLatch(1);
        tasks.task("after", progress -> null).onSuccess(value -> third.countDown()).start();
        assertTrue(third.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(secondRan.get());
        assertFalse(queued.isRunning());
        assertEquals(0, tasks.activity().runningProperty().get());
    }

    @Test
    void theFailureFilterTakesWhatItHandlesAndLeavesTheRestToTheTask() throws Exception {
        tasks = new BackgroundTasks(new DirectUiExecutor());
        List<Throwable> filtered = new CopyOnWriteArrayList<>();
        tasks.setFailureFilter(failure -> failure instanceof IllegalStateException && filtered.add(failure));
        List<Throwable> ownCallback = new CopyOnWriteArrayList<>();
        CountDownLatch both = new CountDownLatch(2);

        tasks.task("refused", progress -> {
            throw new IllegalStateException("taken by the filter");
        }).onFailure(ownCallback::add).start();
        tasks.task("broken", progress -> {
            throw new IllegalArgumentException("left to the task");
        }).onFailure(failure -> {
            ownCallback.add(failure);
            both.countDown();
        }).start();
        tasks.task("marker", progress -> null).onSuccess(value -> both.countDown()).start();

        assertTrue(both.await(WAIT_SECONDS, TimeUnit.SECONDS));
        waitUntilIdle();
        assertEquals(List.of("taken by the filter"), filtered.stream().map(Throwable::getMessage).toList());
        assertEquals(List.of("left to the task"), ownCallback.stream().map(Throwable::getMessage).toList());
    }

    private void waitUntilIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (tasks.activity().isBusy() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void activityCountsTasksInFlightForBothTheApplicationAndTheScreen() throws Exception {
        tasks = new BackgroundTasks(new DirectUiExecutor());
        Activity screen = new Activity();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(2);

        for (int i = 0; i < 2; i++) {
            tasks.task("blocked " + i, progress -> release.await(WAIT_SECONDS, TimeUnit.SECONDS))
                    .onSuccess(value -> done.countDown()).trackedBy(screen).start();
        }
        assertEquals(2, tasks.activity().runningProperty().get());
        assertTrue(screen.isBusy());

        release.countDown();
        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, tasks.activity().runningProperty().get());
        assertFalse(screen.isBusy());
    }

    @Test
    void progressArrivesAsAFractionAndUnknownTotalsAsIndeterminate() throws Exception {
        tasks = new BackgroundTasks(new DirectUiExecutor());
        List<Double> fractions = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        tasks.task("upload", progress -> {
            progress.update(25, 100);
            progress.update(150, 100);
            progress.update(10, 0);
            return null;
        }).onProgress(fractions::add).onSuccess(value -> done.countDown()).start();

        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of(0.25, 1.0, -1.0), fractions);
    }

    @Test
    void progressIsCoalescedWhenTheUiThreadLagsBehind() throws Exception {
        tasks = new BackgroundTasks(new FxUiExecutor());
        List<Double> fractions = new CopyOnWriteArrayList<>();
        CountDownLatch uiBlocked = new CountDownLatch(1);
        CountDownLatch unblockUi = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            uiBlocked.countDown();
            awaitQuietly(unblockUi);
        });
        assertTrue(uiBlocked.await(WAIT_SECONDS, TimeUnit.SECONDS));

        CountDownLatch reported = new CountDownLatch(1);
        tasks.task("many updates", progress -> {
            for (int i = 1; i <= 1000; i++) {
                progress.update(i, 1000);
            }
            reported.countDown();
            return null;
        }).onProgress(fractions::add).onSuccess(value -> done.countDown()).start();
        assertTrue(reported.await(WAIT_SECONDS, TimeUnit.SECONDS));
        unblockUi.countDown();

        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of(1.0), fractions);
    }

    @Test
    void closingInterruptsWorkAndDeliversNothingMore() throws Exception {
        tasks = new BackgroundTasks(new DirectUiExecutor());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<String> callbacks = new CopyOnWriteArrayList<>();
        tasks.task("long", progress -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
                return "finished";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }).onSuccess(value -> callbacks.add("success")).onFailure(error -> callbacks.add("failure")).start();
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));

        tasks.close();
        assertTrue(interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS));
        // The worker still hands its end to the UI executor: wait for the count to drop.
        CountDownLatch idle = new CountDownLatch(1);
        tasks.activity().busyProperty().addListener((obs, was, now) -> idle.countDown());
        if (tasks.activity().isBusy()) {
            assertTrue(idle.await(WAIT_SECONDS, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), callbacks);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
