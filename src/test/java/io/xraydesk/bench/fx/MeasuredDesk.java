package io.xraydesk.bench.fx;

import io.xraydesk.api.model.Report;
import io.xraydesk.bench.HeapSampler;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.LoadedWindow;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The memory benchmark's subject, in a JVM of its own started with the packaged app's Java options:
 * the real application window on its embedded sandbox, signed in as the demo user, 1,000 requests
 * created and watched, their ESG and Manager X-Rays arrived; then, when asked, 50 reports opened one
 * after the other (as a notification's click does), back to the list each time. No test framework
 * runs in it: what is resident is the app's. It talks to {@link ResidentMemoryBenchmark} by lines:
 * it prints {@value #IDLE} once settled and {@value #REPORTS_SEEN} with the milliseconds the reports
 * took (the options must not make the app slower); it answers
 * {@value #HEAP} with the heap kept (after full GCs) and committed, runs the reports on
 * {@value #OPEN_REPORTS}, and exits when its standard input closes.
 */
public final class MeasuredDesk {

    static final String IDLE = "desk-idle";
    static final String REPORTS_SEEN = "desk-reports-seen";
    static final String HEAP = "heap";
    static final String OPEN_REPORTS = "open-reports";
    static final int REQUESTS = 1000;
    static final int REPORTS = 50;
    /** Sandbox seconds after which every request has its ESG (90 s) and Manager (120 s) X-Ray. */
    private static final long REPORTS_DUE_SECONDS = 300;
    /** For the watcher to fetch the reports that came and the list to show them. */
    private static final int SETTLE_SECONDS = 30;

    private static final CompletableFuture<LoadedWindow> WINDOW = new CompletableFuture<>();
    private static final CompletableFuture<Stage> STAGE = new CompletableFuture<>();

    private MeasuredDesk() {
    }

    public static void main(String[] args) {
        try {
            measure(args);
            System.exit(0);
        } catch (Exception | AssertionError e) {
            // The JavaFX thread would keep this JVM, and the benchmark waiting for a line, alive.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(String[] args) throws Exception {
        Thread fx = new Thread(() -> Application.launch(Window.class, args), "desk-launcher");
        fx.start();
        LoadedWindow window = WINDOW.get(60, TimeUnit.SECONDS);
        Stage stage = STAGE.get();
        int webhookPort = Integer.parseInt(args[1]);
        signIn(window, stage, webhookPort);
        List<String> requestIds = BusyDesk.createAndWatch(window.work(), REQUESTS);
        new SandboxControl(window.sandbox()).advance(REPORTS_DUE_SECONDS);
        WaitForAsyncUtils.sleep(SETTLE_SECONDS, TimeUnit.SECONDS);
        awaitReportsFetched(window, requestIds.subList(0, REPORTS));
        say(IDLE);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while ((command = commands.readLine()) != null) {
            if (command.equals(HEAP)) {
                say(HEAP + " " + HeapSampler.usedAfterGc() + " "
                        + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
            } else if (command.equals(OPEN_REPORTS)) {
                long start = System.nanoTime();
                for (int i = 0; i < REPORTS; i++) {
                    openAndClose(window, stage, requestIds.get(i), i);
                }
                say(REPORTS_SEEN + " " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
        }
        onFx(() -> {
            Platform.exit();
            return null;
        });
    }

    /**
     * A notification opens a report the app has fetched; with 1,000 requests to poll, the watcher may
     * still be on its way to some of those the benchmark opens (5 minutes at most, checked every second).
     */
    private static void awaitReportsFetched(LoadedWindow window, List<String> requestIds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (requestIds.stream().anyMatch(id -> window.work().requests().details(id).reports().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the watcher fetched no report of some requests in 5 minutes");
            }
            Thread.sleep(1000);
        }
    }

    /** Signs in with the sandbox's demo account the sign-in form fills in, as a click on Sign in does. */
    private static void signIn(LoadedWindow window, Stage stage, int webhookPort) throws Exception {
        BusyDesk.waitFor("the sign-in form with the demo account", () -> onFx(() ->
                window.current().orElse(null) instanceof SignInScreen
                        && stage.getScene().lookup("#user-id") instanceof TextField field && !field.getText().isEmpty()));
        BusyDesk.postNewReportsTo(window, webhookPort);
        onFx(() -> {
            ((Button) stage.getScene().lookup("#signin-button")).fire();
            return null;
        });
        BusyDesk.waitFor("the dashboard", () -> onFx(() -> window.current().orElse(null) instanceof DashboardScreen));
    }

    /** Opens one of the request's reports at its page, waits for it to show, goes back to the list. */
    private static void openAndClose(LoadedWindow window, Stage stage, String requestId, int turn) throws Exception {
        List<Report> reports = window.demoClient().listReports(requestId, null);
        Report report = reports.get(turn % reports.size());
        onFx(() -> {
            window.openReport(requestId, report.id());
            return null;
        });
        BusyDesk.waitFor("the report " + report.id(), () -> onFx(() -> stage.getScene().lookup("#report-title") != null));
        onFx(() -> {
            window.showDashboard();
            return null;
        });
        BusyDesk.waitFor("the dashboard", () -> onFx(() -> window.current().orElse(null) instanceof DashboardScreen));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The application, over the data folder named by the first argument. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            STAGE.complete(stage);
            WINDOW.complete(LoadedWindow.start(stage, Files.createDirectories(Path.of(args.get(0))),
                    Integer.parseInt(args.get(1))));
        }
    }
}
