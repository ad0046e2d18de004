package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.export.PortfolioFormat;
import io.xraydesk.core.export.ReportExporterTestAccess;
import io.xraydesk.core.requests.PortfolioReader;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.TableLayout;
import io.xraydesk.ui.ClippedText;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.Shell;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The requests list as the portfolio view, over the embedded sandbox: the filter parts, sorting and the
 * layout kept in the settings, "changed since you last looked" after a report the watcher fetched, the
 * decision column, and the selected rows exported as CSV, XLSX and PDF, each read back.
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioViewTest {

    private static final int COMPANIES = 50;
    private static final String FORMULA_ID = "0f0f0f0f0f0f0f0f0f0f0f0f";

    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final RecordingRoutes routes = new RecordingRoutes();
    @TempDir
    Path folder;
    private SandboxFixture fixture;
    private Stage stage;
    private ScreenContext context;
    private DashboardScreen screen;

    @BeforeEach
    void sandbox() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
    }

    @Start
    void start(Stage window) {
        stage = window;
    }

    @AfterEach
    void close(FxRobot robot) {
        Optional.ofNullable(screen).ifPresent(shown -> robot.interact(shown::deactivate));
        fixture.close();
        Locale.setDefault(Locale.ENGLISH);
    }

    private void show(FxRobot robot, Locale locale, double width) throws Exception {
        robot.interact(() -> {
            Shell shell = ShellHarness.open(stage, locale, width, 720);
            if (context == null) {
                context = TestContexts.over(fixture, shell, routes, folder.resolve("home"));
            } else {
                context = new ScreenContext(context.app(), shell, routes);
            }
            screen = new DashboardScreen(context, fixture.clock,
                    (owner, name, format) -> Optional.ofNullable(chosen.get()));
            shell.navigator().show(screen);
        });
    }

    private void waitForRows(int count) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().rows().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void filterPartsSortAndTheKeptLayout(FxRobot robot) throws Exception {
        PortfolioRows.fill(fixture.database, COMPANIES, fixture.clock.instant());
        ImportBatch batch = PortfolioRows.importBatch(fixture.database, "watch-list.csv", 10, 20,
                fixture.clock.instant());
        show(robot, Locale.ENGLISH, 1280);
        waitForRows(COMPANIES);
        DashboardModel model = screen.model();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.batch().batches().size() == 1);

        robot.interact(() -> {
            model.gradeRange().best().set("B");
            model.gradeRange().worst().set("C");
        });
        assertEquals(COMPANIES * 2 / 5, model.visible().size(), "Financial graded B or C: two in five");
        assertTrue(model.visible().stream().allMatch(row -> List.of("B", "C")
                .contains(row.xrays().get(Source.FINANCIAL).grade())));
        robot.interact(() -> model.gradeRange().source().set(Source.BANK));
        assertTrue(model.visible().stream().allMatch(row -> List.of("B", "C")
                .contains(row.xrays().get(Source.BANK).grade())), "the same range on the Bank X-Ray");

        robot.interact(() -> {
            model.clearFilters();
            model.batch().batch().set(batch);
        });
        assertEquals(10, model.visible().size(), "the ten companies the import brought in");
        robot.interact(() -> model.searchProperty().set("company 15"));
        assertEquals(List.of(PortfolioRows.id(15)), model.visible().stream().map(RequestRow::id).toList());

        // Company i was updated i hours before the fixture's clock: the last two days hold 48 of them.
        LocalDate today = fixture.clock.instant().atZone(ZoneId.systemDefault()).toLocalDate();
        robot.interact(() -> {
            model.clearFilters();
            model.updateRange().from().set(today.minusDays(1));
            model.updateRange().to().set(today);
        });
        long expected = screen.model().rows().stream().filter(row -> !row.lastUpdate().atZone(ZoneId.systemDefault())
                .toLocalDate().isBefore(today.minusDays(1))).count();
        assertEquals(expected, model.visible().size());
        assertTrue(expected > 20 && expected < COMPANIES, "the range keeps some and leaves some: " + expected);
        robot.interact(model::clearFilters);
        assertEquals(COMPANIES, model.visible().size());

        TableColumn<RequestRow, ?> financial = column("xray-financial");
        robot.interact(() -> {
            financial.setSortType(TableColumn.SortType.ASCENDING);
            screen.table().getSortOrder().setAll(List.of(financial));
        });
        assertEquals("A", model.visible().get(0).xrays().get(Source.FINANCIAL).grade());
        assertEquals("E", model.visible().get(COMPANIES - 1).xrays().get(Source.FINANCIAL).grade());
        robot.interact(() -> column("dashboard-name").setPrefWidth(240));

        // The layout is saved once the analyst stops, and the next list opens with it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.services().settings().requestsTable() != null
                && context.services().settings().requestsTable().sortOrder().equals(
                        List.of(new TableLayout.SortKey("xray-financial", false)))
                && context.services().settings().requestsTable().columns().stream()
                        .anyMatch(c -> c.id().equals("dashboard-name") && c.width() == 240));
        robot.interact(screen::deactivate);
        show(robot, Locale.ENGLISH, 1280);
        waitForRows(COMPANIES);
        assertEquals(List.of("xray-financial"),
                screen.table().getSortOrder().stream().map(TableColumn::getId).toList());
        assertEquals(240, column("dashboard-name").getWidth(), 0.5);
        assertEquals("A", screen.model().visible().get(0).xrays().get(Source.FINANCIAL).grade());
    }

    @Test
    void aReportArrivingAfterTheLastLookShowsAsAChange(FxRobot robot) throws Exception {
        AnalysisRequest request = fixture.createWatched("514673987", "ACME SAS");
        PortfolioReader portfolio = new PortfolioReader(fixture.database);
        portfolio.markLooked(request.id(), fixture.clock.instant());
        show(robot, Locale.ENGLISH, 1280);
        waitForRows(1);
        assertEquals("", screen.model().rows().get(0).changeText(), "nothing new since the look");
        robot.interact(() -> screen.model().xrayProperty().set(XRayFilter.CHANGED));
        assertTrue(screen.model().visible().isEmpty());

        fixture.watcher.start();
        fixture.advanceSandbox(Duration.ofSeconds(95)); // ESG reports 90 s after the creation
        fixture.scheduler.runFor(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !screen.model().visible().isEmpty());
        RequestRow changed = screen.model().visible().get(0);
        assertTrue(changed.changeText().matches("\\d new reports?"), changed.changeText());
        assertTrue(changed.sinceLastLook().newReports() >= 1);

        // Opening the request (its page marks the look) makes the list quiet again.
        portfolio.markLooked(request.id(), fixture.clock.instant());
        robot.interact(screen::deactivate);
        robot.interact(screen::activate);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().visible().isEmpty());
        assertEquals("", screen.model().rows().get(0).changeText());
    }

    @Test
    void theDecisionTheStoreRecordedShowsInItsColumn(FxRobot robot) throws Exception {
        PortfolioRows.fill(fixture.database, 3, fixture.clock.instant());
        fixture.database.decisions().decide(PortfolioRows.id(1), 0, new DecisionTerms(DecisionOutcome.APPROVE,
                Optional.of(new BigDecimal("250000")), Optional.of("EUR"), Optional.of(12), List.of(),
                Optional.of("Sound accounts")), new Analyst("alice", "Alice"), fixture.clock.instant());
        show(robot, Locale.ENGLISH, 1280);
        waitForRows(3);
        RequestRow decided = screen.model().rows().stream().filter(row -> row.id().equals(PortfolioRows.id(1)))
                .findFirst().orElseThrow();
        assertEquals("Approve · 250,000.00 EUR", decided.decisionText());
        assertTrue(robot.lookup(".table-cell").match(cell -> cell instanceof javafx.scene.control.TableCell<?, ?> c
                && "dashboard-decision".equals(c.getTableColumn().getId())
                && "Approve · 250,000.00 EUR".equals(c.getText())).tryQuery().isPresent(), "shown in the table");
        assertEquals("", screen.model().rows().stream().filter(row -> row.id().equals(PortfolioRows.id(0)))
                .findFirst().orElseThrow().decisionText(), "no decision, no words");
    }

    @Test
    void selectedRowsExportAsCsvXlsxAndPdf(FxRobot robot) throws Exception {
        PortfolioRows.fill(fixture.database, 12, fixture.clock.instant());
        String formula = "=HYPERLINK(\"http://evil\")";
        fixture.database.requestCache().upsert(new CachedRequest(FORMULA_ID, "siren", "732829320", formula,
                "analysed", "3.1", fixture.clock.instant(), fixture.clock.instant(), "{\"id\":\"" + FORMULA_ID + "\"}",
                fixture.clock.instant(), RequestOrigin.CREATED_HERE, null));
        show(robot, Locale.ENGLISH, 1280);
        waitForRows(13);

        robot.interact(() -> screen.selectionExport().export(PortfolioFormat.CSV));
        assertEquals("Select the companies to export first (click, Shift/Ctrl+click, or Select all shown).",
                robot.lookup("#dashboard-export-status").queryLabeled().getText());

        robot.interact(() -> screen.model().searchProperty().set("514 673 987"));
        robot.interact(() -> robot.lookup("#dashboard-select-all").queryButton().fire());
        assertEquals("6 selected", robot.lookup("#dashboard-selected").queryLabeled().getText());

        Path csv = export(robot, PortfolioFormat.CSV);
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(6, records.size(), "the shown companies of one code");
        assertTrue(records.stream().allMatch(r -> r.get("code").equals("514673987")));
        CSVRecord first = records.stream().filter(r -> r.get("request_id").equals(PortfolioRows.id(0))).findFirst()
                .orElseThrow();
        assertEquals("ready", first.get("financial_state"));
        assertEquals("A", first.get("financial_grade"));
        assertEquals("0.01", first.get("probability_of_default"));
        assertEquals("80.0", first.get("data_sanity"));
        assertEquals("awaiting_documents", first.get("doc_state"));

        robot.interact(() -> {
            screen.model().searchProperty().set("");
            screen.table().getSelectionModel().clearSelection();
            screen.table().getSelectionModel().selectAll();
        });
        Path all = export(robot, PortfolioFormat.CSV);
        String text = Files.readString(all, StandardCharsets.UTF_8);
        assertTrue(text.contains("'=HYPERLINK"), "a name written as a formula is defused: " + text);

        Path xlsx = export(robot, PortfolioFormat.XLSX);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(14, rows.size(), "a header and one row per company");
            assertEquals("Business name", rows.get(0).getCellText(0));
            List<String> names = rows.stream().skip(1).map(row -> row.getCellText(0)).collect(Collectors.toList());
            assertTrue(names.contains("Company 11"), names.toString());
            assertTrue(names.contains(formula), "kept as text, not a formula");
            assertTrue(rows.stream().skip(1).allMatch(row -> row.getCell(0).getType()
                    != org.dhatim.fastexcel.reader.CellType.FORMULA));
        }

        Path pdf = export(robot, PortfolioFormat.PDF);
        String pdfText = ReportExporterTestAccess.textOf(pdf);
        assertTrue(pdfText.contains("Portfolio summary"), pdfText);
        assertTrue(pdfText.contains("13 companies"), pdfText);
        assertTrue(pdfText.contains("Grade distribution"), pdfText);
        for (int i = 0; i < 12; i++) {
            assertTrue(pdfText.contains("Company " + i), "one line per company: Company " + i);
        }
    }

    @Test
    void frenchAtTheGuidesSizeCutsNoHeaderNorLabel(FxRobot robot) throws Exception {
        PortfolioRows.fill(fixture.database, 30, fixture.clock.instant());
        PortfolioRows.importBatch(fixture.database, "revue-annuelle.csv", 0, 10, fixture.clock.instant());
        show(robot, Locale.FRENCH, 1280);
        waitForRows(30);
        List<String> clipped = ClippedText.in(stage.getScene().getRoot());
        assertEquals(List.of(), clipped, "cut at 1280 × 720 in French");
        assertNotNull(Screenshots.save(stage.getScene(), "portfolio-fr"));
    }

    private Path export(FxRobot robot, PortfolioFormat format) throws Exception {
        Path target = folder.resolve("out-" + System.nanoTime() + "." + format.extension());
        chosen.set(target);
        robot.interact(() -> screen.selectionExport().export(format));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ("Saved to " + target).equals(
                robot.lookup("#dashboard-export-status").queryLabeled().getText()));
        assertFalse(robot.lookup("#dashboard-export").query().isDisabled());
        return target;
    }

    @SuppressWarnings("unchecked")
    private TableColumn<RequestRow, ?> column(String id) {
        return screen.table().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
