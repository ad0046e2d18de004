package io.xraydesk.ui.requestpage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.testing.TemporaryFolders;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.dashboard.ShellHarness;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.report.ReportViews;
import io.xraydesk.ui.shell.ScreenPart;
import io.xraydesk.ui.shell.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A request of ACME SAS on the embedded sandbox with a bank statement sent (or the documents a test
 * names) and its reports received, made afresh for each test of a TestFX test class that registers it
 * ({@code @RegisterExtension}, beside {@code @ExtendWith(ApplicationExtension.class)}); its page opens
 * in the test's window over the fixture's real store with the native report views, and is let go,
 * with the fixture and its folder, after the test. The credit memo is saved into the fixture's folder
 * under the name the page suggests, and read back as a PDF reader extracts it.
 */
final class AnalysedRequest implements BeforeEachCallback, AfterEachCallback {

    private final List<String> categories;
    private Path folder;
    SandboxFixture fixture;
    AnalysisRequest request;
    private RequestPage page;

    private AnalysedRequest(List<String> categories) {
        this.categories = List.copyOf(categories);
    }

    /** With a bank statement sent: the Doc and Bank X-Rays, and the ESG and Manager X-Rays. */
    static AnalysedRequest withBankStatement() {
        return withDocuments("bank_statement");
    }

    /** With one document of each of {@code categories} sent: their reports, and the ESG and Manager X-Rays. */
    static AnalysedRequest withDocuments(String... categories) {
        return new AnalysedRequest(List.of(categories));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        folder = TemporaryFolders.create("analysed-request");
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        request = fixture.createWatched("514673987", "ACME SAS");
        for (String category : categories) {
            fixture.uploadJournalled(request.id(), category);
        }
        fixture.advanceSandbox(Duration.ofMinutes(4));
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(1));
    }

    /** The test's window, which TestFX's application extension set up for it. */
    Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    /** Opens a new page of the request in the test's window and waits until its header and notes are read. */
    RequestPage open(FxRobot robot, Locale locale) throws Exception {
        return open(robot, locale, 1200, 720);
    }

    /**
     * As {@link #open(FxRobot, Locale)}, in a window of {@code width} × {@code height}. The page opened
     * last is let go after the test; one opened before it is the test's to let go.
     */
    RequestPage open(FxRobot robot, Locale locale, double width, double height) throws Exception {
        ExportTargetChooser intoTheFolder = (owner, suggested, format) -> Optional.of(folder.resolve(suggested));
        page = WaitForAsyncUtils.asyncFx(() -> {
            Shell shell = ShellHarness.open(stage(), locale, width, height);
            RequestPage opened = new RequestPage(TestContexts.over(fixture, shell, new RecordingRoutes(),
                    folder.resolve("home")), request.id(), id -> ScreenPart.of(new Label("uploads")),
                    (known, reports, report) -> new ReportViews(shell.tasks(), known, () -> reports).viewFor(report),
                    intoTheFolder);
            shell.navigator().show(opened);
            return opened;
        }).get(10, TimeUnit.SECONDS);
        // The page's parts join the scene over the next pulses: a lookup may find nothing yet.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#request-name").tryQuery()
                .filter(name -> "ACME SAS".equals(((Label) name).getText())).isPresent()
                && robot.lookup("#notes-editor").tryQuery().filter(editor -> !editor.isDisabled()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return page;
    }

    /** The request's one report of the X-Ray {@code source}, as the page reads it from the store. */
    Report report(String source) {
        return fixture.database.reportCache().forRequest(request.id()).stream()
                .filter(cached -> cached.source().equals(source)).map(RequestRecords::report)
                .map(Optional::orElseThrow).findFirst().orElseThrow();
    }

    /** Saves the memo through the header's button and returns its text; the file has the name suggested. */
    String memo(FxRobot robot, String fileName) throws Exception {
        robot.clickOn("#memo-button");
        Path saved = folder.resolve(fileName);
        // The links are made with the first file saved.
        waitUntil(() -> robot.lookup("#saved-links").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#memo-status").queryAs(Label.class).getText().endsWith(saved.toString()));
        assertTrue(Files.size(saved) > 1000);
        try (PDDocument document = Loader.loadPDF(saved.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static TextArea editor(FxRobot robot) {
        return robot.lookup("#notes-editor").queryAs(TextArea.class);
    }

    /** Shown, with every parent: a tab behind another hides its content by hiding its content area. */
    static boolean inSight(Node node) {
        for (Node shown = node; shown != null; shown = shown.getParent()) {
            if (!shown.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            deactivatePage();
        } finally {
            fixture.close();
            Locale.setDefault(Locale.ENGLISH);
            Messages.setLocale(Locale.ENGLISH);
            TemporaryFolders.deleteTree(folder);
        }
    }

    /** Lets the page go as leaving it does: its draft written, its watchers stopped. */
    private void deactivatePage() throws Exception {
        if (page != null) {
            WaitForAsyncUtils.asyncFx(page::deactivate).get(10, TimeUnit.SECONDS);
        }
    }
}
