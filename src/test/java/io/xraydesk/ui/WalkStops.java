package io.xraydesk.ui;

import static io.xraydesk.ui.IsolatedApp.waitOnFx;

import io.xraydesk.api.OctoberException;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.store.Environment;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.newrequest.NewRequestScreen;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.upload.UploadPanel;
import io.xraydesk.ui.upload.UploadPanelDriver;
import io.xraydesk.ui.upload.UploadQuitGuard;
import io.xraydesk.ui.walk.Stop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import org.testfx.api.FxRobot;

/**
 * Every screen and dialog of the application, in the order the walk visits them: a new screen, a
 * screen's new state or a new dialog joins the walk with one line in {@link #all}. The sign-in
 * screen comes last, since reaching it ends the session.
 */
final class WalkStops {

    /** The X-Rays' report tabs, each with the newest report of its source in front. */
    private static final List<String> REPORT_SOURCES = List.of("doc", "bank", "financial", "esg", "manager");

    /** The request page's sections, in their order: Summary, Documents, Reports, Notes and decision, History. */
    private static final int NOTES_AND_DECISION = 3;
    private static final int HISTORY = 4;

    private final WalkWorld world;
    private final FxRobot robot;
    private final WalkDialogs dialogs;
    private final Path files;

    WalkStops(WalkWorld world, Path files) {
        this.world = world;
        this.robot = world.robot;
        this.dialogs = new WalkDialogs(world.robot);
        this.files = files;
    }

    /**
     * Where a new analyst starts: the dashboard before any request exists, to be walked before {@link
     * WalkWorld#prepare()}.
     */
    List<Stop> beforeAnyRequest() {
        return List.of(Stop.at("dashboard: no request yet", () -> waitOnFx(() -> world.app.currentScreen()
                instanceof DashboardScreen
                && robot.lookup(".empty-state").tryQuery().map(Node::isVisible).orElse(false))));
    }

    /** Every other stop, over the {@link WalkWorld#prepare() prepared} requests. */
    List<Stop> all() {
        List<Stop> stops = new ArrayList<>(List.of(
                new Stop("notifications of new reports", this::newReports, world::notificationsGone),
                Stop.at("dashboard with rows", this::dashboard),
                new Stop("dashboard: nothing matches the search", () -> search("zzz-no-such-company"), () -> search("")),
                Stop.at("dashboard: every row selected for the portfolio export", this::everyRowSelected),
                Stop.at("dashboard: export with no row selected", this::exportWithoutSelection),
                new Stop("open by id", () -> dialogs.open(() -> robot.lookup("#dashboard-open-by-id")
                        .queryButton().fire()), dialogs::closeAll),
                Stop.at("new request", () -> newRequest("")),
                Stop.at("new request: lookup and duplicate banners", () -> newRequest(WalkWorld.SIREN)),
                Stop.at("new request: closed company", () -> newRequest(WalkWorld.CLOSED_SIREN)),
                Stop.at("new request: notes", this::notes),
                Stop.at("request page: summary", this::summary),
                Stop.at("request page: documents with a failed upload", this::failedUpload)));
        REPORT_SOURCES.forEach(source -> stops.add(Stop.at("request page: " + source + " report", () -> report(source))));
        stops.add(Stop.at("request page: a report after Print", this::afterPrint));
        stops.add(Stop.at("request page: notes and decision", () -> section(NOTES_AND_DECISION)));
        stops.add(Stop.at("request page: a decision saved", this::decisionSaved));
        stops.add(Stop.at("request page: history", () -> section(HISTORY)));
        stops.addAll(List.of(
                new Stop("quit question during an upload", this::quitDuringUpload, dialogs::closeAll),
                new Stop("network settings", () -> dialogs.open(() -> menu("menu.settings.network")), dialogs::closeAll),
                new Stop("preferences", () -> dialogs.open(() -> menu("menu.settings.preferences")), dialogs::closeAll),
                new Stop("preferences: the team database unfolded", this::teamPreferences, dialogs::closeAll),
                new Stop("about", () -> dialogs.open(() -> menu("menu.help.about")), dialogs::closeAll),
                new Stop("error details", this::errorDetails, dialogs::closeAll),
                new Stop("sign-out question", () -> dialogs.open(() -> menu("menu.file.sign_out")), dialogs::closeAll),
                Stop.at("sign-in", this::signIn),
                Stop.at("sign-in: custom base URL", this::customBaseUrl)));
        return stops;
    }

    private void dashboard() throws Exception {
        robot.interact(() -> world.app.routes().showDashboard());
        waitOnFx(() -> world.app.currentScreen() instanceof DashboardScreen
                && !robot.lookup("#dashboard-table").queryAs(TableView.class).getItems().isEmpty());
    }

    /**
     * Another analyst's request is opened, its ESG and Manager X-Rays arrive, and the application
     * says so in the window's corner: the company's long name and the reports' verdicts, the longest
     * notifications. First, once those of the prepared request have faded, so that no notification
     * comes by chance at a later stop.
     */
    private void newReports() throws Exception {
        world.notificationsGone();
        world.openAnotherAnalystsRequest();
        world.sandbox.advance(WalkWorld.SECONDS_TO_ALL_REPORTS);
        waitOnFx(() -> WalkWorld.notifications().count() >= 2 && WalkWorld.notifications().allMatch(WalkStops::fadedIn));
    }

    /** A notification fades in: it is walked once it is drawn whole, not half transparent. */
    private static boolean fadedIn(Node notification) {
        return notification.getOpacity() >= 1;
    }

    /** The requests list with {@code text} in its search field, the list filtered as the analyst types. */
    private void search(String text) throws Exception {
        robot.interact(() -> robot.lookup("#dashboard-search").queryAs(TextField.class).setText(text));
    }

    /** Select all shown: the count of selected rows beside the export. */
    private void everyRowSelected() throws Exception {
        dashboard();
        robot.interact(() -> robot.lookup("#dashboard-select-all").queryButton().fire());
        waitOnFx(() -> robot.lookup("#dashboard-table").queryAs(TableView.class).getSelectionModel()
                .getSelectedItems().size() == 2);
    }

    /** Export with nothing selected: the list says to select rows first. */
    private void exportWithoutSelection() throws Exception {
        dashboard();
        robot.interact(() -> {
            robot.lookup("#dashboard-table").queryAs(TableView.class).getSelectionModel().clearSelection();
            robot.lookup("#dashboard-export").queryAs(MenuButton.class).getItems().get(0).fire();
        });
        waitOnFx(() -> !robot.lookup("#dashboard-export-status").queryLabeled().getText().isEmpty());
    }

    /** The form with {@code code} typed, once the registry's answer (if any) is shown. */
    private void newRequest(String code) throws Exception {
        robot.interact(() -> world.app.routes().newRequest());
        waitOnFx(() -> world.app.currentScreen() instanceof NewRequestScreen);
        robot.interact(() -> robot.lookup("#code").queryAs(TextField.class).setText(code));
        if (!code.isEmpty()) {
            waitOnFx(() -> !robot.lookup("#lookup-status").queryLabeled().getText().isBlank()
                    || !robot.lookup("#lookup-name").queryLabeled().getText().isBlank());
        }
        if (code.equals(WalkWorld.SIREN)) {
            waitOnFx(() -> robot.lookup("#duplicate").query().isVisible());
        }
    }

    private void notes() throws Exception {
        newRequest(WalkWorld.SIREN);
        robot.interact(() -> robot.lookup("#notes-section").queryAs(TitledPane.class).setExpanded(true));
    }

    private RequestPage requestPage() throws Exception {
        robot.interact(() -> world.app.routes().openRequest(world.requestId));
        waitOnFx(() -> world.app.currentScreen() instanceof RequestPage page && page.requestId().equals(world.requestId)
                && robot.lookup("#summary-state-manager").tryQuery().isPresent());
        return (RequestPage) world.app.currentScreen();
    }

    private void summary() throws Exception {
        requestPage();
        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(0));
    }

    /**
     * The documents with a third file whose name is long and whose upload October refuses (the
     * server keeps failing): the longest messages the upload table shows.
     */
    private void failedUpload() throws Exception {
        RequestPage page = requestPage();
        robot.interact(page::showDocuments);
        UploadPanel panel = world.uploadPanel();
        UploadPanelDriver upload = new UploadPanelDriver(robot, panel);
        world.sandbox.armApiFault("POST", "/media", "status500", 50, 0);
        Path file = TestDocuments.pdf(files, "Relevé de compte courant professionnel — Crédit Agricole "
                + "Atlantique Vendée — janvier à décembre 2023 (copie certifiée conforme).pdf", "Relevé 2023");
        robot.interact(() -> panel.addFiles(List.of(file.toFile())));
        waitOnFx(() -> upload.checked(3));
        robot.interact(panel::uploadDrafts);
        waitOnFx(() -> upload.count(UploadState.FAILED) == 1);
        world.sandbox.disarmApiFaults();
    }

    private void report(String source) throws Exception {
        RequestPage page = requestPage();
        String reportId = world.report(source);
        robot.interact(() -> page.showReport(reportId));
        waitOnFx(() -> shown(".report-view").isPresent());
    }

    /** Print on a machine without a printer: the report in front says so under its header. */
    private void afterPrint() throws Exception {
        report("financial");
        robot.interact(() -> shown("#report-print").map(Button.class::cast).orElseThrow().fire());
        waitOnFx(() -> shown("#report-action-status").map(status -> !((Labeled) status).getText().isEmpty())
                .orElse(false));
    }

    private void section(int index) throws Exception {
        requestPage();
        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    /** An approval with its limit and justification, saved: the decision in force and its version. */
    private void decisionSaved() throws Exception {
        section(NOTES_AND_DECISION);
        robot.interact(() -> {
            ((RadioButton) shown("#decision-approve").orElseThrow()).fire();
            ((TextField) shown("#decision-amount").orElseThrow()).setText("150000");
            ((TextField) shown("#decision-currency").orElseThrow()).setText("EUR");
            ((TextInputControl) shown("#decision-justification").orElseThrow()).setText(
                    "Solid margins over three years; the bank statements show no payment incident.");
            ((Button) shown("#decision-save").orElseThrow()).fire();
        });
        waitOnFx(() -> shown("#decision-version-1").isPresent());
    }

    /**
     * The node {@code selector} finds where the analyst sees it: the tabs not in front keep their
     * reports, with their own buttons, hidden in the window.
     */
    private Optional<Node> shown(String selector) {
        return robot.lookup(selector).match(WalkStops::visibleWithItsParents).tryQuery();
    }

    private static boolean visibleWithItsParents(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A file stays in flight (the storage does not answer), and File ▸ Quit asks first. */
    private void quitDuringUpload() throws Exception {
        RequestPage page = requestPage();
        robot.interact(page::showDocuments);
        UploadPanel panel = world.uploadPanel();
        world.sandbox.armS3Fault("{\"kind\":\"hang\",\"count\":1}");
        Path file = TestDocuments.pdf(files, "statuts.pdf", "Statuts de la société");
        robot.interact(() -> panel.addFiles(List.of(file.toFile())));
        waitOnFx(() -> new UploadPanelDriver(robot, panel).checked(4));
        robot.interact(panel::uploadDrafts);
        waitOnFx(() -> world.app.currentUploads().hasActiveWork());
        // File ▸ Quit's question, without the quitting that would follow a wrong answer.
        dialogs.open(() -> UploadQuitGuard.mayQuit(world.app.currentUploads(), world.app.shell().dialogs()));
    }

    /** The team database's section, folded while no address is set, unfolded as the analyst would. */
    private void teamPreferences() throws Exception {
        dialogs.open(() -> menu("menu.settings.preferences"));
        TitledPane team = (TitledPane) WalkDialogs.inDialog("#pref-team");
        robot.interact(() -> team.setExpanded(true));
    }

    /** An error the API really answered, as the application reports one, its details shown. */
    private void errorDetails() throws Exception {
        OctoberException failure;
        try {
            world.app.demoClient().getRequest("000000000000000000000000");
            throw new AssertionError("the sandbox found a request that does not exist");
        } catch (OctoberException expected) {
            failure = expected;
        }
        OctoberException shown = failure;
        dialogs.open(() -> world.app.shell().dialogs().error(Messages.get("startup.session.failed"), shown));
        dialogs.expandDetails();
    }

    private void signIn() throws Exception {
        robot.interact(() -> world.app.routes().signIn(null));
        waitOnFx(() -> world.app.currentScreen() instanceof SignInScreen);
    }

    @SuppressWarnings("unchecked")
    private void customBaseUrl() throws Exception {
        robot.interact(() -> ((ComboBox<Environment>) robot.lookup("#environment-choice").query())
                .getSelectionModel().select(Environment.CUSTOM));
        waitOnFx(() -> robot.lookup("#base-url").query().isVisible());
    }

    private void menu(String id) {
        MenuItems.byId(world.app.shell().stage().getScene(), id).fire();
    }

}
