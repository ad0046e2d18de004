package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.bench.HeapSampler;
import io.xraydesk.core.export.ReportFixtures;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.theme.ThemeManager;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Shows report views in a window one after the other, each drawn and then dropped as the request page
 * drops its view when the analyst goes back to the list, and prints {@value #KEPT} with the bytes of
 * heap the dropped views still hold after a full GC. Run in a JVM started as the packaged app is
 * ({@code AppJvm}), by {@link DiscardedReportViewsTest}; the argument is how many views to drop.
 */
public final class DiscardedReportViews {

    static final String KEPT = "kept";

    private DiscardedReportViews() {
    }

    public static void main(String[] args) throws Exception {
        int views = Integer.parseInt(args[0]);
        Platform.startup(() -> { });
        BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor());
        StackPane host = new StackPane();
        Scene scene = onFx(() -> {
            Scene shown = new Scene(host, 1100, 700);
            ThemeManager.style(shown);
            Stage stage = new Stage();
            stage.setScene(shown);
            stage.show();
            return shown;
        });
        Report report = ReportFixtures.report("credit-insurance", "B",
                "{\"insurer\":\"Atradius\",\"limits\":[{\"amount\":50000,\"currency\":\"EUR\"}],\"note\":null}");
        // The first one loads the classes, styles and fonts that stay whatever follows.
        showAndDrop(scene, host, tasks, report);
        long before = HeapSampler.usedAfterGc();
        for (int i = 0; i < views; i++) {
            showAndDrop(scene, host, tasks, report);
        }
        System.out.println(KEPT + " " + (HeapSampler.usedAfterGc() - before));
        System.out.flush();
        tasks.close();
        Platform.exit();
        System.exit(0);
    }

    /** One view in the window until it is drawn, then out of it and of every reference of ours. */
    private static void showAndDrop(Scene scene, StackPane host, BackgroundTasks tasks, Report report) throws Exception {
        onFx(() -> host.getChildren().setAll(new ReportViews(tasks, null, List::of).viewFor(report)));
        drawn(scene);
        if (onFx(() -> scene.lookup("#report-title") == null || scene.lookup(".report-scroll .viewport") == null)) {
            throw new IllegalStateException("the report view was not laid out");
        }
        onFx(() -> {
            host.getChildren().clear();
            return null;
        });
        drawn(scene);
    }

    /** Waits for three pulses: the scene is laid out and drawn as it now stands. */
    private static void drawn(Scene scene) throws Exception {
        for (int pulse = 0; pulse < 3; pulse++) {
            CountDownLatch laidOut = new CountDownLatch(1);
            onFx(() -> {
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        laidOut.countDown();
                    }
                });
                Platform.requestNextPulse();
                return null;
            });
            if (!laidOut.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse in 30 s");
            }
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
