package io.xraydesk.ui.requestpage;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.dashboard.ShellHarness;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.report.ReportViews;
import io.xraydesk.ui.shell.ScreenPart;
import io.xraydesk.ui.shell.Shell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A request of ACME SAS on the embedded sandbox with a bank statement sent and its Doc and Bank
 * reports received, and its page opened in a test's window over the fixture's real store with the
 * native report views; the credit memo is saved into the test's folder under the name the page
 * suggests.
 */
final class AnalysedRequest implements AutoCloseable {

    final SandboxFixture fixture;
    final AnalysisRequest request;
    private final Path folder;

    AnalysedRequest(Path folder) {
        this.folder = folder;
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        request = fixture.createWatched("514673987", "ACME SAS");
        fixture.uploadJournalled(request.id(), "bank_statement");
        fixture.advanceSandbox(Duration.ofMinutes(4));
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(1));
    }

    /** Opens a new page of the request in {@code stage} and waits until its header and notes are read. */
    RequestPage open(FxRobot robot, Stage stage, Locale locale) throws Exception {
        ExportTargetChooser intoTheFolder = (owner, suggested, format) -> Optional.of(folder.resolve(suggested));
        RequestPage page = WaitForAsyncUtils.asyncFx(() -> {
            Shell shell = ShellHarness.open(stage, locale);
            RequestPage opened = new RequestPage(TestContexts.over(fixture, shell, new RecordingRoutes(),
                    folder.resolve("home")), request.id(), id -> ScreenPart.of(new Label("uploads")),
                    (known, reports, report) -> new ReportViews(shell.tasks(), known, () -> reports).viewFor(report),
                    intoTheFolder);
            shell.navigator().show(opened);
            return opened;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "ACME SAS".equals(
                robot.lookup("#request-name").queryAs(Label.class).getText())
                && !robot.lookup("#notes-editor").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        return page;
    }

    @Override
    public void close() {
        fixture.close();
        Locale.setDefault(Locale.ENGLISH);
        Messages.setLocale(Locale.ENGLISH);
    }
}
