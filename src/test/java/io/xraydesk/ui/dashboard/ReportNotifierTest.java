package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.login.TestServices;
import io.xraydesk.ui.shell.Shell;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analyst's "notifications" preference, read by the notifier at each new report. */
@ExtendWith(ApplicationExtension.class)
class ReportNotifierTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    private Stage stage;
    private final BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor());
    private AppServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The application's own size: later tests that share the stage open their window in it.
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aReportIsAnnouncedOnlyWhileNotificationsAreOn(FxRobot robot) throws Exception {
        services = TestServices.open(home);
        ReportNotifier[] notifier = new ReportNotifier[1];
        robot.interact(() -> {
            Shell shell = TestContexts.shell(stage, tasks);
            // The notifications are drawn in the window they belong to.
            stage.getScene().setRoot(shell.window().root());
            notifier[0] = new ReportNotifier(TestContexts.signedOut(shell, services,
                    new SessionOpener(new EmbeddedSandbox()), new RecordingRoutes()));
        });
        services.updateSettings(settings -> settings.withDesktopNotifications(false));
        notifier[0].newReport(request("r-1", "ACME SAS"), new Report("rep-1", "r-1", "esg", OffsetDateTime.now(), "B", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, notificationsAbout(robot, "ACME SAS"));

        services.updateSettings(settings -> settings.withDesktopNotifications(true));
        notifier[0].newReport(request("r-2", "Beta SA"), new Report("rep-2", "r-2", "bank", OffsetDateTime.now(), "C", null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notificationsAbout(robot, "Beta SA") == 1);
        assertEquals(0, notificationsAbout(robot, "ACME SAS"), "the silenced one never comes later");
    }

    private static AnalysisRequest request(String id, String company) {
        return new AnalysisRequest(id, CompanyCode.siren("514673987"), "analysed", null, company, null, List.of(),
                null, OffsetDateTime.now(), OffsetDateTime.now());
    }

    /** The notifications whose text names {@code company}. */
    private static int notificationsAbout(FxRobot robot, String company) {
        return robot.lookup(".notification-bar .label")
                .match(label -> ((Label) label).getText().startsWith(company + ":")).queryAll().size();
    }
}
