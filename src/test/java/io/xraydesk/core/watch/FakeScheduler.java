package io.xraydesk.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs scheduled tasks in due order on the test's thread, moving the {@link FakeClock} to each task's
 * due time: ten minutes of polling take as long as the HTTP calls themselves.
 */
public final class FakeScheduler implements WatchScheduler {

    private record Task(Instant due, long order, Runnable action) {
    }

    private final FakeClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long order;

    public FakeScheduler(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Scheduled schedule(Runnable action, Duration delay) {
        Task task = new Task(clock.instant().plus(delay), order++, action);
        tasks.add(task);
        return () -> {
            synchronized (FakeScheduler.this) {
                tasks.remove(task);
            }
        };
    }

    /** Runs everything due within {@code duration} from now, then leaves the clock at the end of it. */
    public void runFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.due.isAfter(end))
                        .min(Comparator.comparing(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
            }
            if (next.due.isAfter(clock.instant())) {
                clock.set(next.due);
            }
            next.action.run();
        }
        clock.set(end);
    }

    public synchronized int pending() {
        return tasks.size();
    }
}
