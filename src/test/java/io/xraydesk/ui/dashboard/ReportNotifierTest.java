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
        stage.setScene(new Scene(new StackPane(), 640, 400));
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
        robot.interact(() -> notifier[0] = new ReportNotifier(TestContexts.signedOut(TestContexts.shell(stage, tasks),
                services, new SessionOpener(new EmbeddedSandbox()), new RecordingRoutes())));
        AnalysisRequest request = new AnalysisRequest("r-1", CompanyCode.siren("514673987"), "analysed", null,
                "ACME SAS", null, List.of(), null, OffsetDateTime.now(), OffsetDateTime.now());

        services.updateSettings(settings -> settings.withDesktopNotifications(false));
        notifier[0].newReport(request, new Report("rep-1", "r-1", "esg", OffsetDateTime.now(), "B", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, notifications(robot, "ACME SAS: ESG X-Ray, grade B"));

        services.updateSettings(settings -> settings.withDesktopNotifications(true));
        notifier[0].newReport(request, new Report("rep-2", "r-1", "bank", OffsetDateTime.now(), "C", null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notifications(robot, "ACME SAS: Bank X-Ray, grade C") == 1);
        assertEquals(0, notifications(robot, "ACME SAS: ESG X-Ray, grade B"), "the silenced one never comes later");
    }

    private static int notifications(FxRobot robot, String text) {
        return robot.lookup(".notification-bar .label")
                .match(label -> text.equals(((Label) label).getText())).queryAll().size();
    }
}
