package io.xraydesk.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.portfolio.ImportReport;
import io.xraydesk.core.portfolio.PortfolioImport;
import io.xraydesk.core.portfolio.PortfolioPreviewer;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.ImportCompanyState;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The import window's model without a window: the analyst's choices row by row reach the core's checks and run. */
class PortfolioImportModelTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path folder;

    private SandboxFixture fixture;
    private BackgroundTasks tasks;
    private UploadQueue queue;
    private PortfolioImportModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        tasks = new BackgroundTasks(new DirectUiExecutor());
        queue = new UploadQueue(fixture.database.uploadJournal(), fixture.client,
                new SandboxControl(fixture.sandbox).uploader(RetryPolicy.none()), 2);
        PortfolioPreviewer previewer = new PortfolioPreviewer(new KnownRequests(fixture.database.requestCache()),
                new FileInspector(FileInspector.DEFAULT_MAX_BYTES), new DocumentDateRule(Clock.systemDefaultZone()));
        model = new PortfolioImportModel(tasks, previewer, () -> new PortfolioImport(fixture.database.importJournal(),
                new RequestCreator(fixture.client, fixture.database.requestCache(), new AuditRecorder(
                        fixture.database.audit(), new Analyst("6413297aad6e59418e7748f9", null), Clock.systemUTC()),
                        Clock.systemUTC()),
                fixture.database.requestCache(), queue, fixture.database.uploadJournal(), Clock.systemUTC()), queue,
                (message, failure) -> errors.add(message));
    }

    @AfterEach
    void close() {
        tasks.close();
        queue.close();
        fixture.close();
    }

    @Test
    void excludingTheFirstOfARepeatedCompanyLetsTheSecondInAndCreateAnywayReplacesTheReuse() throws Exception {
        List<List<String>> rows = new ArrayList<>(PortfolioFiles.companies(2, folder.resolve("documents"), 500));
        rows.add(List.of(PortfolioFiles.siren(0), "Second Line SA", "company-0", ""));
        AnalysisRequest known = fixture.createWatched(PortfolioFiles.siren(1), PortfolioFiles.name(1));
        read(rows);
        assertTrue(ImportRowText.problems(item(4)).contains("already on row 2"), ImportRowText.problems(item(4)));
        assertEquals("reused: " + known.id(), ImportRowText.existing(item(3)));

        model.setExcluded(2, true);
        awaitPreview();
        assertEquals("excluded", ImportRowText.check(item(2)));
        assertEquals("SIREN " + PortfolioFiles.siren(0), ImportRowText.check(item(4)));
        model.setCreateAnyway(3, true);
        awaitPreview();
        assertEquals("a new request will be created", ImportRowText.existing(item(3)));
        assertTrue(item(3).offersCreateAnyway(), "the choice stays offered to be undone");

        model.start();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.phaseProperty().get()
                == PortfolioImportModel.Phase.FINISHED);
        ImportReport report = model.reportProperty().get();
        assertEquals(List.of(3, 4), report.lines().stream().map(line -> line.company().line()).toList(),
                "the excluded row is not part of the batch");
        assertEquals(2, report.count(ImportCompanyState.CREATED));
        assertNotEquals(known.id(), report.lines().get(0).company().requestId());
        assertEquals(List.of(), errors);
    }

    @Test
    void aCorrectedRowIsScannedAgainAloneWhileTheRepeatCheckSpansTheList() throws Exception {
        read(PortfolioFiles.companies(3, folder.resolve("documents"), 500));
        assertEquals(3, model.foldersScanned(), "each row's folder read once");
        int documents = item(3).preview().documents().size();

        model.correctBusinessName(3, "Renamed SAS");
        awaitPreview();
        assertEquals(4, model.foldersScanned(), "only the corrected row's folder read again");
        assertEquals("Renamed SAS", item(3).row().businessName());
        assertEquals(documents, item(3).preview().documents().size());

        model.correctCode(4, PortfolioFiles.siren(0));
        awaitPreview();
        assertEquals(5, model.foldersScanned());
        assertTrue(ImportRowText.problems(item(4)).contains("already on row 2"), ImportRowText.problems(item(4)));
        assertEquals(List.of(), errors);
    }

    @Test
    void aMissingListOrFolderIsSaidInWordsAndNothingIsLost() throws Exception {
        model.read();
        assertEquals(Messages.get("portfolio.ui.chooseList"), model.statusProperty().get());

        Path list = PortfolioFiles.csv(folder.resolve("list.csv"), PortfolioFiles.companies(1, folder.resolve("d"), 10),
                StandardCharsets.UTF_8);
        model.listFileProperty().set(list.toString());
        model.documentsFolderProperty().set(folder.resolve("nowhere").toString());
        model.read();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.phaseProperty().get()
                == PortfolioImportModel.Phase.CHOOSING);
        assertEquals("The documents folder " + folder.resolve("nowhere") + " does not exist.",
                model.statusProperty().get());
        assertEquals(list.toString(), model.listFileProperty().get(), "what was typed stays");
        assertEquals(List.of(), errors);
    }

    private void read(List<List<String>> rows) throws Exception {
        Path list = PortfolioFiles.csv(folder.resolve("list.csv"), rows, StandardCharsets.UTF_8);
        model.listFileProperty().set(list.toString());
        model.documentsFolderProperty().set(folder.resolve("documents").toString());
        model.read();
        awaitPreview();
    }

    private void awaitPreview() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.phaseProperty().get()
                == PortfolioImportModel.Phase.PREVIEW);
    }

    private ImportRowItem item(int line) {
        return model.rows().stream().filter(i -> i.row().line() == line).findFirst().orElseThrow();
    }
}
