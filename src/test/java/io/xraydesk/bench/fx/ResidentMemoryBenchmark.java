package io.xraydesk.bench.fx;

import io.xraydesk.testing.AppJvm;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident memory of the real application, in a JVM of its own started with the packaged app's
 * Java options ({@link MeasuredDesk}: the window and its embedded sandbox, no test framework), idle on
 * the dashboard with 1,000 watched requests whose ESG and Manager X-Rays have arrived, then after
 * opening 50 reports one after the other and going back to the list each time. Each figure is read
 * after two full GCs ({@link ResidentMemory}); the reference is a bare JavaFX window ({@link BareWindow})
 * in a JVM of its own with the same options, measured the same way in the same run.
 * Prints {@code bench: rss-idle} (goal: under 2.5 times the bare window's) and
 * {@code bench: rss-after-50-reports} (goal: no more than 10 % above idle), with the heap kept.
 */
@Tag("bench")
class ResidentMemoryBenchmark {

    @TempDir
    Path home;

    @Test
    void residentMemoryIdleAndAfterFiftyReports() throws Exception {
        double bare = bareWindow();
        Path errors = Path.of("target", "bench", "measured-desk.err");
        try (ResidentMemory desk = ResidentMemory.start(MeasuredDesk.class, errors, home.toString(),
                String.valueOf(BusyDesk.freePort()))) {
            desk.await(MeasuredDesk.IDLE);
            double idle = desk.afterFullGcs();
            String[] idleHeap = heap(desk);
            String loadIdle = BusyDesk.loadAverage();
            desk.tell(MeasuredDesk.OPEN_REPORTS);
            String reportsMs = desk.await(MeasuredDesk.REPORTS_SEEN).split(" ")[1];
            double after = desk.afterFullGcs();
            String[] afterHeap = heap(desk);
            String loadAfter = BusyDesk.loadAverage();
            long idleKept = Long.parseLong(idleHeap[1]);
            long afterKept = Long.parseLong(afterHeap[1]);
            System.out.printf(Locale.ROOT, "bench: rss-idle %.0f MB (goal < 2.5 x the bare window's; bare JavaFX window, "
                    + "own JVM, same options, same run: %.0f MB, ratio %.2f; heap kept %d MB of %d MB committed; %d requests "
                    + "watched; app's JVM options %s; after two full GCs; load average %s)%n", idle, bare, idle / bare,
                    idleKept >> 20, Long.parseLong(idleHeap[2]) >> 20, MeasuredDesk.REQUESTS,
                    AppJvm.options(), loadIdle);
            System.out.printf(Locale.ROOT, "bench: rss-after-50-reports %.0f MB (goal <= 10 %% above idle: %+.1f %%; heap "
                    + "kept %d MB, %+d MB, of %d MB committed; the 50 reports opened and closed in %s ms; after two full GCs; "
                    + "load average %s)%n", after, 100 * (after - idle) / idle, afterKept >> 20, (afterKept - idleKept) >> 20,
                    Long.parseLong(afterHeap[2]) >> 20, reportsMs, loadAfter);
        }
    }

    /** The bare window's resident megabytes once it idles, after two full GCs. */
    private static double bareWindow() throws Exception {
        try (ResidentMemory window = ResidentMemory.start(BareWindow.class, Path.of("target", "bench", "bare-window.err"))) {
            window.await(BareWindow.READY);
            Thread.sleep(3000); // idle, as the app is when measured
            return window.afterFullGcs();
        }
    }

    /** {@code heap <used after a full GC> <committed>}, in bytes, split. */
    private static String[] heap(ResidentMemory desk) throws Exception {
        desk.tell(MeasuredDesk.HEAP);
        return desk.await(MeasuredDesk.HEAP).split(" ");
    }
}
