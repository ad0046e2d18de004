package io.xraydesk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.core.requests.PortfolioReader;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.dashboard.PortfolioRows;
import java.math.BigDecimal;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.newrequest.NewRequestScreen;
import io.xraydesk.ui.report.ReportViews;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.settings.NetworkSettingsDialog;
import io.xraydesk.ui.settings.PreferencesDialog;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MenuCommand;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.upload.UploadPanel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Produces the user guide's screenshots ({@code docs/images/<lang>/}) from the real screens, driven
 * through an analyst's scenario against the sandbox: sign in, create a request for a French company,
 * upload documents, read the five X-Rays. One method per screen, so a screen joins the guide with
 * one call in {@link #tour}. Run with {@code ./mvnw -B -Pdocs verify}; excluded from the default build.
 */
@Tag("docs")
@ExtendWith(ApplicationExtension.class)
class DocsScreenshots {

    /** The report views in the order the guide presents them. */
    private static final List<String> REPORT_SOURCES = List.of("financial", "bank", "doc", "esg", "manager");

    @TempDir
    Path home;
    private Stage stage;
    private Locale localeBefore;
    private Locale language;
    private DocsScenario scenario;
    private GuideWindow window;
    private final ScenarioRoutes routes = new ScenarioRoutes();
    /** The requests list, built once as the application builds it. */
    private DashboardScreen dashboard;
    /** The upload panel the request page asked for, to drive it as the analyst does. */
    private UploadPanel documentsPanel;
    /** The screens' context once the demo user is signed in. */
    private ScreenContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openScenario() throws Exception {
        localeBefore = Locale.getDefault();
        scenario = new DocsScenario(home);
        scenario.watcher.start();
    }

    @AfterEach
    void closeScenario(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
            stage.hide();
        });
        scenario.close();
        Locale.setDefault(localeBefore);
        Messages.setLocale(localeBefore);
    }

    @Test
    void englishGuide(FxRobot robot) throws Exception {
        tour(robot, Locale.ENGLISH);
    }

    @Test
    void frenchGuide(FxRobot robot) throws Exception {
        tour(robot, Locale.FRENCH);
    }

    /** The analyst's path through the application, one screenshot per step, then one in the dark theme. */
    private void tour(FxRobot robot, Locale tourLanguage) throws Exception {
        openWindow(robot, tourLanguage, ThemeChoice.LIGHT);
        signIn(robot);
        networkSettings(robot);
        preferences(robot);
        emptyDashboard(robot);
        String requestId = newRequest(robot);
        RequestPage page = requestPage(robot, requestId);
        robot.interact(page::showDocuments);
        documents(robot, requestId);
        scenario.produceReports();
        dashboard(robot, requestId);
        portfolio(robot);
        backToTheRequest(robot, page);
        reports(robot, page, requestId);
        notesAndDecision(robot, page);
        darkExample(robot, requestId);
    }

    /**
     * Builds the window in {@code tourLanguage}: like the application, the JVM default follows the
     * language too, since JavaFX's own texts (dialog buttons, table placeholders) read it.
     */
    private void openWindow(FxRobot robot, Locale tourLanguage, ThemeChoice theme) {
        language = tourLanguage;
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
            Locale.setDefault(tourLanguage);
            Messages.setLocale(tourLanguage);
            LanguageChoice choice = tourLanguage.equals(Locale.FRENCH) ? LanguageChoice.FRENCH : LanguageChoice.ENGLISH;
            window = new GuideWindow(stage, theme, scenario.tasks, choice, null);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The sign-in screen as it first opens: the sandbox's demo profile filled in. The session itself
     * is the one the scenario opened for the same demo user, so the tour does not depend on the
     * machine's keychain.
     */
    private void signIn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            SignInScreen screen = new SignInScreen(
                    TestContexts.signedOut(window.shell(), scenario.services, scenario.opener, routes),
                    SandboxSessions::loopback);
            window.show(screen);
            screen.start(false);
        });
        waitUntil(() -> !robot.lookup("#user-id").queryAs(TextField.class).getText().isEmpty());
        shoot("sign-in");
        robot.interact(() -> {
            context = scenario.signedIn(window.shell(), routes);
            window.signedIn(scenario.userId());
        });
    }

    /** Settings ▸ Network…: proxy, trusted certificates and the connection test. */
    private void networkSettings(FxRobot robot) throws Exception {
        NetworkSettingsDialog settings = WaitForAsyncUtils.asyncFx(() -> new NetworkSettingsDialog(context,
                scenario.session.credentials().baseUrl())).get(10, TimeUnit.SECONDS);
        robot.interact(settings::show);
        WaitForAsyncUtils.waitForFxEvents();
        GuideImages.save(settings.dialog().getDialogPane().getScene(), language, "network-settings");
        robot.interact(() -> {
            settings.dialog().setResult(ButtonType.CANCEL);
            settings.dialog().close();
        });
    }

    /** Settings ▸ Preferences…: theme, language, uploads, notifications, webhooks, exports. */
    private void preferences(FxRobot robot) throws Exception {
        PreferencesDialog preferences = WaitForAsyncUtils.asyncFx(() -> new PreferencesDialog(context, saved -> {
        })).get(10, TimeUnit.SECONDS);
        robot.interact(preferences::show);
        WaitForAsyncUtils.waitForFxEvents();
        GuideImages.save(preferences.dialog().getDialogPane().getScene(), language, "preferences");
        robot.interact(() -> {
            preferences.dialog().setResult(ButtonType.CANCEL);
            preferences.dialog().close();
        });
    }

    /**
     * Where a first sign-in lands: the dashboard, empty. File ▸ New request is wired as the
     * application wires it.
     */
    private void emptyDashboard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.mainWindow().on(MenuCommand.NEW_REQUEST, () ->
                    window.show(new NewRequestScreen(context)));
            dashboard = new DashboardScreen(context, Clock.systemDefaultZone());
            window.show(dashboard);
        });
        waitUntil(() -> robot.lookup(".empty-state").tryQuery().map(Node::isVisible).orElse(false));
        shoot("dashboard-empty");
    }

    /**
     * Opens the form with File ▸ New request (Ctrl+N), fills it as an analyst does (code, registry
     * name, notes), then creates the request.
     */
    private String newRequest(FxRobot robot) throws Exception {
        robot.interact(() -> window.mainWindow().item(MenuCommand.NEW_REQUEST).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#code").write(DocsScenario.SIREN);
        waitUntil(() -> !robot.lookup("#lookup-name").queryAs(Label.class).getText().isBlank());
        robot.interact(() -> robot.lookup("#lookup-use-name").queryAs(Hyperlink.class).fire());
        String registered = robot.lookup("#business-name").queryAs(TextField.class).getText();
        assertFalse(registered.isBlank(), "the registry's name was taken over");
        shoot("new-request");

        robot.interact(() -> robot.lookup("#notes-section").queryAs(TitledPane.class).setExpanded(true));
        fill(robot, "#note-revenue", language.equals(Locale.FRENCH) ? "2 915 000" : "2,915,000");
        fill(robot, "#note-workforceNumber", "28");
        shoot("new-request-notes");

        robot.interact(() -> robot.lookup("#submit").queryButton().fire());
        String requestId = routes.awaitOpenedRequest();
        assertEquals(registered, scenario.request(requestId).businessName());
        return requestId;
    }

    /**
     * The request's page as the application builds it: its documents slot holds the upload panel, its
     * report tabs the native report views.
     */
    private RequestPage requestPage(FxRobot robot, String requestId) throws Exception {
        AnalysisRequest request = scenario.request(requestId);
        RequestPage page = WaitForAsyncUtils.asyncFx(() -> new RequestPage(context, requestId,
                id -> documentsPanel = new UploadPanel(scenario.uploads, id, scenario.tasks, scenario.tasks.ui(),
                        Clock.systemDefaultZone()),
                (known, reports, report) -> new ReportViews(scenario.tasks, known, () -> reports).viewFor(report)))
                .get(10, TimeUnit.SECONDS);
        robot.interact(() -> window.show(page));
        waitUntil(() -> robot.lookup("#request-name").queryAs(Label.class).getText().equals(request.businessName()));
        return page;
    }

    /** Adds the two PDFs to the request's documents panel, shows the guesses, sends them to October. */
    private void documents(FxRobot robot, String requestId) throws Exception {
        List<File> files = scenario.documents();
        robot.interact(() -> documentsPanel.addFiles(files));
        TableView<?> table = robot.from(documentsPanel).lookup(".table-view").queryTableView();
        waitUntil(() -> table.getItems().size() == files.size());
        shoot("upload-ready");

        robot.interact(documentsPanel::uploadDrafts);
        waitUntil(() -> scenario.uploads.statuses(requestId).size() == files.size()
                && scenario.uploads.statuses(requestId).stream().allMatch(s -> s.state() == UploadState.ONLINE));
        shoot("upload-online");
    }

    /**
     * Back from the dashboard (the page reloads), once every X-Ray has reported: its Summary, then its
     * documents; a tab per X-Ray.
     */
    private void backToTheRequest(FxRobot robot, RequestPage page) throws Exception {
        robot.interact(() -> window.show(page));
        TabPane tabs = robot.lookup("#request-report-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().stream().filter(tab -> !tab.getText().contains("(")).count() <= 1);
        waitUntil(() -> robot.lookup("#summary-state-manager").tryQuery().isPresent());
        TabPane sections = robot.lookup("#request-sections").queryAs(TabPane.class);
        robot.interact(() -> sections.getSelectionModel().select(0));
        shoot("request-summary");
        robot.interact(page::showDocuments);
        shoot("request-page");
    }

    /** Each X-Ray of the request in front on its page, in the order the guide reads them. */
    private void reports(FxRobot robot, RequestPage page, String requestId) throws Exception {
        List<Report> reports = scenario.reports(requestId);
        for (String source : REPORT_SOURCES) {
            robot.interact(() -> page.showReport(first(reports, source).id()));
            shoot("report-" + source);
        }
    }

    /** A note and a decision typed on the request's page, both published: the "Notes and decision" tab. */
    private void notesAndDecision(FxRobot robot, RequestPage page) throws Exception {
        boolean french = language.getLanguage().equals("fr");
        robot.interact(() -> {
            page.showNotes();
            robot.lookup("#notes-editor").queryTextInputControl().setText(french
                    ? "Trésorerie **solide** sur douze mois.\n\n- marges stables\n- aucun incident bancaire"
                    : "Cash is **solid** over twelve months.\n\n- steady margins\n- no bank incident");
        });
        robot.clickOn("#notes-add");
        waitUntil(() -> robot.lookup(".note-card").tryQuery().isPresent());
        robot.clickOn("#decision-approve");
        fill(robot, "#decision-amount", french ? "250 000" : "250,000");
        fill(robot, "#decision-currency", "EUR");
        fill(robot, "#decision-duration", "24");
        fill(robot, "#decision-condition-new", french ? "Comptes trimestriels" : "Quarterly accounts");
        robot.clickOn("#decision-condition-add");
        robot.interact(() -> robot.lookup("#decision-justification").queryTextInputControl().setText(french
                ? "Activité régulière, endettement faible." : "Steady business, little debt."));
        robot.clickOn("#decision-save");
        waitUntil(() -> robot.lookup("#decision-version-1").tryQuery().isPresent());
        shoot("request-notes");
    }

    private static Report first(List<Report> reports, String source) {
        return reports.stream().filter(r -> source.equals(r.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + source + " X-Ray among " + reports));
    }

    /** The requests list, once the watcher has seen the request's five X-Rays. */
    private void dashboard(FxRobot robot, String requestId) throws Exception {
        scenario.watcher.nudge(requestId);
        waitUntil(() -> scenario.services.database().reportCache().forRequest(requestId).size()
                >= REPORT_SOURCES.size());
        robot.interact(() -> window.show(dashboard));
        waitUntil(() -> !robot.lookup(".table-view").queryTableView().getItems().isEmpty());
        shoot("dashboard");
    }

    /**
     * The requests list as the portfolio view: forty companies an import brought in, one with a decision,
     * one whose grade moved since the analyst last looked; filtered on a Financial grade from A to C, with
     * the shown rows selected for an export.
     */
    private void portfolio(FxRobot robot) throws Exception {
        var database = scenario.services.database();
        java.time.Instant now = java.time.Instant.now();
        PortfolioRows.fill(database, 40, now);
        PortfolioRows.importBatch(database, "annual-review-2026.xlsx", 0, 40, now);
        database.decisions().decide(PortfolioRows.id(0), 0, new DecisionTerms(DecisionOutcome.APPROVE,
                Optional.of(new BigDecimal("250000")), Optional.of("EUR"), Optional.of(12), List.of(),
                Optional.of("Sound accounts")), new Analyst(scenario.userId(), "Analyst"), now);
        new PortfolioReader(database).markLooked(PortfolioRows.id(5), now.minusSeconds(7200));
        robot.interact(() -> window.show(new DashboardScreen(context, Clock.systemDefaultZone())));
        waitUntil(() -> robot.lookup("#dashboard-table").queryTableView().getItems().size() == 41);
        robot.interact(() -> {
            robot.lookup("#dashboard-grade-best").<String>queryComboBox().setValue("A");
            robot.lookup("#dashboard-grade-worst").<String>queryComboBox().setValue("C");
            robot.lookup("#dashboard-select-all").queryButton().fire();
        });
        shoot("portfolio");
    }

    /** The request page in the dark theme, once, so the guide can show what it looks like. */
    private void darkExample(FxRobot robot, String requestId) throws Exception {
        openWindow(robot, language, ThemeChoice.DARK);
        robot.interact(() -> window.signedIn(scenario.userId()));
        RequestPage page = requestPage(robot, requestId);
        Report financial = first(scenario.reports(requestId), "financial");
        robot.interact(() -> page.showReport(financial.id()));
        shoot("report-financial-dark");
    }

    private static void fill(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    /** Waits for background work and layout to settle, then saves the window. */
    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !scenario.tasks.activity().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        Path png = GuideImages.save(window.scene(), language, name);
        assertTrue(Files.size(png) > 0, png + " written");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
