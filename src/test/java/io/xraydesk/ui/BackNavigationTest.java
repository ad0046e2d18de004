package io.xraydesk.ui;

import static io.xraydesk.ui.IsolatedApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.newrequest.NewRequestScreen;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.shell.LanguageChoice;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Back through the places visited, in the real application on the embedded sandbox: the top bar's
 * button, Alt+Left, the mouse's back button and Escape, across the dashboard, a request page and the
 * new-request form; a language change keeps the place and the way back.
 */
class BackNavigationTest extends WholeAppTest {

    @Test
    void backReturnsThroughTheRequestPageAndTheFormToTheDashboard(FxRobot robot) throws Exception {
        app.signInWithTheDemo(robot);
        Button back = robot.lookup("#back-button").queryButton();
        assertTrue(back.isDisabled(), "nowhere to go back to from the first screen");
        AnalysisRequest request = app.demoClient().createRequest(
                new NewRequest(CompanyCode.siren("732829320"), "ACME SAS", null, null));

        robot.interact(() -> app.routes().openRequest(request.id()));
        waitFor(() -> onPageOf(request));
        assertFalse(back.isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> current() instanceof NewRequestScreen);
        robot.clickOn("#code").write("7328");

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> onPageOf(request));
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitFor(() -> current() instanceof DashboardScreen);
        assertTrue(back.isDisabled(), "the first screen again");

        robot.interact(() -> app.routes().openRequest(request.id()));
        waitFor(() -> onPageOf(request));
        robot.clickOn(back);
        waitFor(() -> current() instanceof DashboardScreen);

        robot.interact(() -> app.routes().openRequest(request.id()));
        waitFor(() -> onPageOf(request));
        robot.interact(() -> Event.fireEvent(stage.getScene().getRoot(), mouseBackButton()));
        waitFor(() -> current() instanceof DashboardScreen);
    }

    @Test
    void aLanguageChangeKeepsThePlaceWhatWasTypedAndTheWayBack(FxRobot robot) throws Exception {
        AnalysisRequest request = signedInOnANewRequestsPage(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> current() instanceof NewRequestScreen);
        robot.clickOn("#code").write("514 673");
        robot.clickOn("#business-name").write("Acme Holding");

        robot.interact(() -> app.shell().window().chooseLanguage(LanguageChoice.FRENCH));
        waitFor(() -> "Nouvelle demande — X-Ray Desk".equals(stage.getTitle()));
        assertEquals("514 673", robot.lookup("#code").queryAs(TextField.class).getText());
        assertEquals("Acme Holding", robot.lookup("#business-name").queryAs(TextField.class).getText());
        assertEquals("Retour", robot.lookup("#back-button").queryButton().getText());

        robot.clickOn("#back-button");
        waitFor(() -> onPageOf(request));
        assertEquals("Demande — X-Ray Desk", stage.getTitle());
        robot.clickOn("#back-button");
        waitFor(() -> current() instanceof DashboardScreen);
    }

    @Test
    void aLanguageChangeOnARequestPageKeepsTheSectionTheAnalystWasOn(FxRobot robot) throws Exception {
        AnalysisRequest request = signedInOnANewRequestsPage(robot);
        robot.clickOn(tabLabelled(robot, "History"));
        waitFor(() -> "History".equals(selectedSection(robot)));

        robot.interact(() -> app.shell().window().chooseLanguage(LanguageChoice.FRENCH));
        waitFor(() -> "Demande — X-Ray Desk".equals(stage.getTitle()) && onPageOf(request));
        assertEquals("Historique", selectedSection(robot));
    }

    /** Signed in as the demo user, on the page of a request just created. */
    private AnalysisRequest signedInOnANewRequestsPage(FxRobot robot) throws Exception {
        app.signInWithTheDemo(robot);
        AnalysisRequest request = app.demoClient().createRequest(
                new NewRequest(CompanyCode.siren("514673987"), "Acme", null, null));
        robot.interact(() -> app.routes().openRequest(request.id()));
        waitFor(() -> onPageOf(request));
        return request;
    }

    private static Node tabLabelled(FxRobot robot, String text) {
        return robot.lookup("#request-sections .tab").match((Node tab) -> tab.lookup(".tab-label") instanceof Labeled label
                && text.equals(label.getText())).query();
    }

    private static String selectedSection(FxRobot robot) {
        TabPane sections = robot.lookup("#request-sections").queryAs(TabPane.class);
        return sections.getSelectionModel().getSelectedItem().getText();
    }

    private boolean onPageOf(AnalysisRequest request) {
        return current() instanceof RequestPage page && page.requestId().equals(request.id());
    }

    /** The glass robot has no back button: the event the mouse's own would make. */
    private static MouseEvent mouseBackButton() {
        boolean shift = false, control = false, alt = false, meta = false;
        boolean primary = false, middle = false, secondary = false, backDown = true, forward = false;
        return new MouseEvent(MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10, MouseButton.BACK, 1,
                shift, control, alt, meta, primary, middle, secondary, backDown, forward, false, false, true, null);
    }

    private Object current() {
        return app.currentScreen();
    }
}
