package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.store.AppPaths;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.StartScreen;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole start-up on a fresh data folder: sandbox sign-in with one click, sign-out, a later 401. */
class AppStartupTest extends WholeAppTest {

    @Test
    void aFreshMachineSignsInToTheSandboxWithOneClickAndSignsOut(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen && demoFilledIn(robot));
        assertEquals("Sign in — X-Ray Desk", stage.getTitle());
        robot.clickOn("#signin-button");
        waitFor(() -> current() instanceof DashboardScreen);
        assertEquals("Sandbox", robot.lookup("#environment-badge").queryAs(Label.class).getText());
        assertEquals("Signed in as 6413…48f9", robot.lookup("#signed-in-user").queryAs(Label.class).getText());
        assertTrue(Files.exists(AppPaths.at(home).logs()), "the log folder is installed at start-up");

        MenuItem signOut = MenuItems.byId(stage.getScene(), "menu.file.sign_out");
        // Not interact(): the question waits for an answer, which interact() would wait for in turn.
        Platform.runLater(signOut::fire);
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertFalse(((Stage) ask.getScene().getWindow()).getIcons().isEmpty(), "the question carries the app icon");
        Button keepToken = (Button) ask.lookupButton(ask.getButtonTypes().stream()
                .filter(type -> type.getText().equals("Sign out")).findFirst().orElseThrow());
        robot.clickOn(keepToken);
        waitFor(() -> current() instanceof SignInScreen);
        assertEquals("You signed out.", robot.lookup("#signin-reason").queryAs(Label.class).getText());
        assertEquals("Not signed in", robot.lookup("#signed-in-user").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#connection-state").queryAs(Label.class).isVisible(), "no state once signed out");
        assertEquals(app.routes().signInScreen(), current());
    }

    @Test
    void aRefusedTokenLaterReturnsToSignInWithTheReasonAndBackToTheWorkAfterwards(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen && demoFilledIn(robot));
        robot.clickOn("#signin-button");
        waitFor(() -> current() instanceof DashboardScreen);
        Screen work = new StartScreen(new MenuItem("work in progress"));
        robot.interact(() -> app.shell().navigator().show(work));

        robot.interact(() -> app.routes().authenticationLost(
                new RuntimeException(new AuthenticationException("revoked", 401, "GET", "/requests/x"))));
        assertInstanceOf(SignInScreen.class, current());
        assertTrue(robot.lookup("#signin-reason").queryAs(Label.class).getText().contains("no longer accepts"));

        robot.clickOn("#signin-button");
        waitFor(() -> current() == work);
    }

    private static boolean demoFilledIn(FxRobot robot) {
        return robot.lookup("#user-id").tryQuery().map(node -> !((TextField) node).getText().isEmpty()).orElse(false);
    }

    private Object current() {
        return app.shell().navigator().current().orElse(null);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
