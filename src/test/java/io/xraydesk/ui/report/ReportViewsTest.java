package io.xraydesk.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.BankTransaction;
import io.xraydesk.core.export.ReportExporterTestAccess;
import io.xraydesk.core.export.ReportFixtures;
import io.xraydesk.core.export.SandboxReports;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.ReportCoverage;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every report the sandbox produces, plus unknown and broken ones, rendered in a real scene: each
 * view builds, shows its key figure, and its toolbar prints and exports.
 */
@ExtendWith(ApplicationExtension.class)
class ReportViewsTest {

    private static SandboxReports sandbox;
    @TempDir
    static Path scratch;
    @TempDir
    Path out;

    private final BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor());
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private Stage stage;

    @BeforeAll
    static void produce() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        sandbox = SandboxReports.produce(300, scratch);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void english() {
        tasks.close();
        Messages.setLocale(Locale.ENGLISH);
    }

    private Node show(FxRobot robot, Report report, ThemeChoice theme) {
        AtomicReference<Node> view = new AtomicReference<>();
        robot.interact(() -> {
            new ThemeManager(theme);
            ReportViews views = new ReportViews(tasks, sandbox.request, () -> sandbox.reports,
                    (owner, name, format) -> Optional.ofNullable(chosen.get()));
            view.set(views.viewFor(report));
            Scene scene = new Scene((Region) view.get(), 1200, 780);
            ThemeManager.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view.get();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void bankShowsGradeOrNotRatedSanityChartsAndEveryTransaction(FxRobot robot) throws Exception {
        Report bank = sandbox.first("bank");
        show(robot, bank, ThemeChoice.LIGHT);
        int sanity = bank.data().path("dataSanity").asInt();
        assertEquals(bank.score() != null ? bank.score() : "not rated", text(robot, "report-grade"));
        assertTrue(robot.lookup(sanity + "%").tryQuery().isPresent() || robot.lookup(sanity + " %").tryQuery()
                .isPresent(), "data sanity " + sanity + " shown");
        assertTrue(text(robot, "report-subtitle").startsWith(
                SandboxReports.COMPANY + " · SIREN 514 673 987 · produced "));
        assertEquals(ReportCoverage.title(bank), text(robot, "report-title"), "the header says which statement");
        assertTrue(text(robot, "report-title").matches("Bank X-Ray · .+ – .+"), text(robot, "report-title"));
        assertEquals(2, robot.lookup(".report-chart").queryAll().size());

        TableView<BankTransaction> table = robot.lookup("#transactions-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 300);
        assertEquals("300 of 300", text(robot, "transactions-count"));
        robot.interact(() -> robot.lookup("#transactions-filter").queryTextInputControl().setText("urssaf"));
        assertTrue(table.getItems().stream().allMatch(t -> t.counterparty().equals("URSSAF")));
        assertFalse(table.getItems().isEmpty());
        robot.interact(() -> {
            table.getColumns().get(3).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(table.getColumns().get(3));
        });
        List<BankTransaction> sorted = List.copyOf(table.getItems());
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1).amount() >= sorted.get(i).amount(), "sorted by amount, descending");
        }
        Screenshots.save(stage.getScene(), "report-bank-en");
    }

    @Test
    void financialShowsGradeProbabilityAndTenDivergingBars(FxRobot robot) throws Exception {
        Report financial = sandbox.first("financial");
        show(robot, financial, ThemeChoice.LIGHT);
        assertEquals(financial.score(), text(robot, "report-grade"));
        double pd = financial.data().path("probabilityOfDefault").asDouble();
        String percent = String.format(Locale.ROOT, "%.2f%%", pd * 100);
        assertTrue(robot.lookup(percent).tryQuery().isPresent(), "probability of default " + percent);
        assertEquals(10, robot.lookup(".diverging-bar").queryAll().size());
        long up = financial.data().path("variables").findValuesAsText("impact").stream().filter("up"::equals).count();
        assertEquals(up, robot.lookup(".diverging-up").queryAll().size());
        Screenshots.save(stage.getScene(), "report-financial-en");
    }

    @Test
    void esgHighlightsMissingInputs(FxRobot robot) throws Exception {
        show(robot, sandbox.first("esg"), ThemeChoice.LIGHT);
        assertEquals("not rated: declarative inputs missing", text(robot, "report-grade"));
        assertTrue(robot.lookup("ESG questionnaire, Number of employees").tryQuery().isPresent());
        assertFalse(robot.lookup(".table-row-cell.emphasis-warning").queryAll().isEmpty(), "missing rows highlighted");
        Screenshots.save(stage.getScene(), "report-esg-en");
    }

    @Test
    void docShowsTheFlagAndEveryCheck(FxRobot robot) throws Exception {
        Report doc = sandbox.first("doc");
        show(robot, doc, ThemeChoice.LIGHT);
        String flag = doc.data().path("flag").asText();
        String expected = switch (flag) {
            case "ok" -> "OK";
            case "warning" -> "Warning";
            default -> "Critical";
        };
        assertTrue(robot.lookup(expected).tryQuery().isPresent(), "flag " + expected);
        TableView<?> checks = robot.lookup(".report-table").queryTableView();
        assertEquals(11, checks.getItems().size());
        Screenshots.save(stage.getScene(), "report-doc-en");
    }

    @Test
    void managerListsManagersAndChecks(FxRobot robot) throws Exception {
        Report manager = sandbox.first("manager");
        show(robot, manager, ThemeChoice.LIGHT);
        String firstName = manager.data().path("managers").get(0).path("name").asText();
        TableView<?> managers = robot.lookup(".report-table").queryTableView();
        assertEquals(manager.data().path("managers").size(), managers.getItems().size());
        assertTrue(robot.lookup(firstName).tryQuery().isPresent(), firstName);
        Screenshots.save(stage.getScene(), "report-manager-en");
    }

    @Test
    void unknownSourceGetsASearchableJsonTree(FxRobot robot) throws Exception {
        Report unknown = ReportFixtures.report("credit-insurance", "B",
                "{\"insurer\":\"Atradius\",\"limits\":[{\"amount\":50000,\"currency\":\"EUR\"}],\"note\":null}");
        show(robot, unknown, ThemeChoice.LIGHT);
        assertEquals("Report \"credit-insurance\"", text(robot, "report-title"));
        assertEquals("B", text(robot, "report-grade"));
        TreeView<String> tree = robot.lookup("#json-tree").query();
        robot.interact(() -> robot.lookup("#json-search").queryTextInputControl().setText("eur"));
        assertEquals("currency: \"EUR\"", tree.getSelectionModel().getSelectedItem().getValue());
        assertEquals("match 1 of 1", text(robot, "json-match-count"));
        Screenshots.save(stage.getScene(), "report-generic-en");
    }

    @Test
    void malformedDataNeverCrashesAView(FxRobot robot) {
        List<Report> broken = List.of(
                ReportFixtures.report("bank", null, "{\"dataSanity\":\"n/a\",\"indicators\":\"none\","
                        + "\"transactions\":[null,3,{\"amount\":\"x\",\"date\":42}],\"cashFlows\":[{\"month\":[]}],"
                        + "\"topCounterparties\":[]}"),
                ReportFixtures.report("bank", null, "{\"dataSanity\":50}"),
                ReportFixtures.report("financial", "C", "{\"probabilityOfDefault\":{},\"variables\":[{\"impact\":7}]}"),
                ReportFixtures.report("esg", null, "{\"criteria\":[{\"missing\":\"yes\",\"inputs\":\"x\"}],\"scores\":5}"),
                ReportFixtures.report("doc", null, "{\"checks\":{},\"alerts\":[{\"severity\":null}],\"flag\":[]}"),
                ReportFixtures.report("manager", null, "{\"managers\":[[]],\"checks\":[{\"status\":\"unheard-of\"}]}"),
                ReportFixtures.report("financial", null, "\"just text\""),
                ReportFixtures.report(null, null, "null"));
        for (Report report : broken) {
            show(robot, report, ThemeChoice.LIGHT);
            assertTrue(robot.lookup("#report-title").tryQuery().isPresent(), report.toString());
        }
        show(robot, broken.get(1), ThemeChoice.LIGHT);
        assertEquals("not rated", text(robot, "report-grade"));
        assertTrue(robot.lookup("50%").tryQuery().isPresent(), "sanity shown next to 'not rated'");
    }

    @Test
    void printWithoutAPrinterSaysSo(FxRobot robot) {
        show(robot, sandbox.first("manager"), ThemeChoice.LIGHT);
        robot.interact(() -> robot.lookup("#report-print").queryButton().fire());
        String status = text(robot, "report-action-status");
        assertTrue(status.equals(Messages.get("report.print.no_printer"))
                || status.equals(Messages.get("report.print.cancelled")), status);
    }

    @Test
    void exportFromTheToolbarWritesAPdfWithCompanyAndGrade(FxRobot robot) throws Exception {
        Report financial = sandbox.first("financial");
        show(robot, financial, ThemeChoice.LIGHT);
        Path target = out.resolve("financial.pdf");
        chosen.set(target);
        MenuButton export = robot.lookup("#report-export").query();
        robot.interact(() -> export.getItems().stream().filter(item -> "export-pdf".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> text(robot, "report-action-status").equals("Saved to " + target));
        String pdfText = ReportExporterTestAccess.textOf(target);
        assertTrue(pdfText.contains(SandboxReports.COMPANY), pdfText);
        assertTrue(pdfText.contains("Grade: " + financial.score()), pdfText);
        assertFalse(pdfText.contains("Bank X-Ray"), "this report only");

        Path whole = out.resolve("request.pdf");
        chosen.set(whole);
        robot.interact(() -> export.getItems().stream().filter(item -> "export-pdf-request".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "report-action-status").equals("Saved to " + whole));
        String requestText = ReportExporterTestAccess.textOf(whole);
        for (String title : List.of("Financial X-Ray", "Bank X-Ray", "ESG X-Ray", "Doc X-Ray", "Manager X-Ray")) {
            assertTrue(requestText.contains(title), title);
        }
    }

    @Test
    void screenshotsInFrenchAndDark(FxRobot robot) throws Exception {
        Messages.setLocale(Locale.FRENCH);
        for (String source : List.of("bank", "financial", "esg", "doc", "manager")) {
            show(robot, sandbox.first(source), ThemeChoice.LIGHT);
            assertTrue(robot.lookup("Exporter").tryQuery().isPresent(), "toolbar in French");
            Screenshots.save(stage.getScene(), "report-" + source + "-fr");
        }
        Messages.setLocale(Locale.ENGLISH);
        for (String source : List.of("bank", "financial", "esg", "doc", "manager")) {
            show(robot, sandbox.first(source), ThemeChoice.DARK);
            Screenshots.save(stage.getScene(), "report-" + source + "-dark");
        }
    }
}
