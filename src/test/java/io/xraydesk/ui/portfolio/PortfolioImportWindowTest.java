package io.xraydesk.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.dashboard.ShellHarness;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.Shell;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import window over the embedded sandbox: a list with a bad code, a repeated company and a company
 * already known here is read into the table, corrected, run to its end and its report saved; a run stopped
 * half-way continues from the journal when the same list is imported again.
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioImportWindowTest {

    private static final int CODE_COLUMN = 2;

    @TempDir
    Path folder;

    private Stage stage;
    private SandboxFixture fixture;
    private ScreenContext context;
    private PortfolioImportWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (window != null) {
            robot.interact(() -> window.stage().hide());
        }
        if (context != null) {
            context.work().uploads().close();
        }
        fixture.close();
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void aListIsPreviewedCorrectedImportedAndItsReportSavedAsCsv(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        Path documents = folder.resolve("documents");
        List<List<String>> rows = new ArrayList<>(PortfolioFiles.companies(4, documents, 900));
        String goodCode = PortfolioFiles.siren(3);
        String badCode = goodCode.substring(0, 8) + (char) ('0' + (goodCode.charAt(8) - '0' + 1) % 10);
        rows.set(4, List.of(badCode, PortfolioFiles.name(3), "company-3", "13"));
        rows.add(List.of(PortfolioFiles.siren(0), "Doublon SA", "company-0", ""));
        Path list = PortfolioFiles.csv(folder.resolve("portefeuille.csv"), rows, StandardCharsets.UTF_8);
        AnalysisRequest known = fixture.createWatched(PortfolioFiles.siren(1), PortfolioFiles.name(1));
        open(robot);

        robot.clickOn("#portfolio-list-field").write(list.toString());
        robot.clickOn("#portfolio-folder-field").write(documents.toString());
        robot.clickOn("#portfolio-read");
        waitFor("the preview", () -> phase() == PortfolioImportModel.Phase.PREVIEW);

        assertEquals(5, table().getItems().size());
        assertEquals("SIREN " + PortfolioFiles.siren(0), ImportRowText.check(item(2)));
        assertTrue(ImportRowText.documents(item(2)).contains("bilan-2023.png: annual accounts, year, 2023-12-31"),
                ImportRowText.documents(item(2)));
        assertEquals("reused: " + known.id(), ImportRowText.existing(item(3)));
        assertEquals("refused", ImportRowText.check(item(5)));
        assertTrue(ImportRowText.problems(item(5)).contains("is not valid: its check digit does not match"),
                ImportRowText.problems(item(5)));
        assertTrue(ImportRowText.problems(item(6)).contains("already on row 2"), ImportRowText.problems(item(6)));
        assertTrue(status().startsWith("List read (CSV, semicolon, UTF-8): 3 company(ies) to import, 2 row(s) left"),
                status());
        Screenshots.save(window.stage().getScene(), "portfolio-import-preview-en");

        int badRow = table().getItems().indexOf(item(5));
        robot.interact(() -> table().edit(badRow, table().getColumns().get(CODE_COLUMN)));
        robot.write(goodCode).type(KeyCode.ENTER);
        waitFor("the corrected row is checked", () -> phase() == PortfolioImportModel.Phase.PREVIEW
                && ImportRowText.check(item(5)).equals("SIREN " + goodCode));
        assertTrue(status().contains("4 company(ies) to import, 1 row(s)"), status());

        robot.clickOn("#portfolio-start");
        waitFor("the end of the import", () -> phase() == PortfolioImportModel.Phase.FINISHED);
        assertTrue(status().startsWith("Import finished: 3 created, 1 reused, 1 refused, 0 outcome unknown, "
                + "0 not done; documents: 15 sent, 0 failed, 0 still uploading, 0 refused."), status());
        assertEquals(1.0, robot.lookup("#portfolio-companies-progress").queryAs(ProgressBar.class).getProgress());
        assertTrue(ImportRowText.outcome(item(3)).startsWith("reused " + known.id()), ImportRowText.outcome(item(3)));
        assertTrue(ImportRowText.outcome(item(6)).startsWith("refused"), ImportRowText.outcome(item(6)));
        Screenshots.save(window.stage().getScene(), "portfolio-import-report-en");

        robot.clickOn("#portfolio-save-report");
        waitFor("the report is saved", () -> status().equals("Report saved to " + reportFile()));
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(reportFile(), StandardCharsets.UTF_8)) {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(5, records.size());
        assertEquals(List.of("created", "reused", "created", "created", "refused"),
                records.stream().map(r -> r.get("outcome")).toList());
        assertEquals(known.id(), records.get(1).get("request_id"));
        assertEquals(goodCode, records.get(3).get("code"));
        assertEquals(List.of("3", "4", "5", "3", "0"), records.stream().map(r -> r.get("documents_online")).toList());
        assertTrue(records.get(4).get("reason").contains("already on row 2"), records.get(4).get("reason"));
        for (CSVRecord record : records.subList(0, 4)) {
            assertEquals(record.get("code"), fixture.client.getRequest(record.get("request_id")).code().id());
        }
    }

    @Test
    void aStoppedImportContinuesFromTheJournalWithoutCreatingAnythingTwice(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        Path documents = folder.resolve("documents");
        Path list = PortfolioFiles.csv(folder.resolve("list.csv"), PortfolioFiles.companies(5, documents, 700),
                StandardCharsets.UTF_8);
        SandboxControl control = new SandboxControl(fixture.sandbox);
        // The first creation waits out two "come back in a second" answers: time to press Stop during it.
        control.armApiFault("POST", "/requests", "status429", 2, 1);
        open(robot);
        robot.clickOn("#portfolio-list-field").write(list.toString());
        robot.clickOn("#portfolio-folder-field").write(documents.toString());
        robot.clickOn("#portfolio-read");
        waitFor("the preview", () -> phase() == PortfolioImportModel.Phase.PREVIEW);

        robot.clickOn("#portfolio-start");
        robot.clickOn("#portfolio-cancel");
        waitFor("the run stops", () -> phase() == PortfolioImportModel.Phase.FINISHED);
        assertTrue(status().startsWith("Import stopped: 1 created, 0 reused, 0 refused, "
                + "0 outcome unknown, 4 not done;"), status());
        assertEquals(1, control.requestCount());

        robot.clickOn("#portfolio-read");
        waitFor("the preview again", () -> phase() == PortfolioImportModel.Phase.PREVIEW);
        assertTrue(status().contains("An import of this list stopped before its end (1 of 5 companies done)"),
                status());
        robot.clickOn("#portfolio-start");
        waitFor("the end of the import", () -> phase() == PortfolioImportModel.Phase.FINISHED);

        assertTrue(status().startsWith("Import finished: 5 created, 0 reused, 0 refused, 0 outcome unknown, "
                + "0 not done; documents: 19 sent,"), status());
        assertEquals(5, control.requestCount(), "every company created once");
        for (int n = 0; n < 5; n++) {
            assertEquals(1, fixture.database.requestCache().findByCode("siren", PortfolioFiles.siren(n)).size());
        }
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            Shell shell = ShellHarness.open(stage, Locale.ENGLISH);
            context = TestContexts.over(fixture, shell, new RecordingRoutes(), folder.resolve("home"));
            window = new PortfolioImportWindow(context, new AnsweringChooser());
            window.show();
        });
    }

    private Path reportFile() {
        return folder.resolve("import report.csv");
    }

    private PortfolioImportModel.Phase phase() {
        return window.model().phaseProperty().get();
    }

    private String status() {
        return ((Label) window.stage().getScene().lookup("#portfolio-status")).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<ImportRowItem> table() {
        return (TableView<ImportRowItem>) window.stage().getScene().lookup("#portfolio-table");
    }

    private ImportRowItem item(int line) {
        return table().getItems().stream().filter(i -> i.row().line() == line).findFirst().orElseThrow();
    }

    private static void waitFor(String what, BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException late) {
            throw new TimeoutException("waited in vain for " + what);
        }
    }

    /** Answers the save dialog, which a headless run cannot show, with the test's report file. */
    private final class AnsweringChooser implements ImportFileChooser {

        @Override
        public Optional<Path> list(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> documentsFolder(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> reportTarget(Window owner, String suggestedName) {
            return Optional.of(reportFile());
        }
    }
}
