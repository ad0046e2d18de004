package io.xraydesk.ui;

import static io.xraydesk.ui.IsolatedApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.AppPaths;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.store.Theme;
import io.xraydesk.store.WindowGeometry;
import io.xraydesk.store.WebhookReceiverSettings;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.theme.ThemeChoice;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings ▸ Preferences… in the real application over a data folder of the test's: every
 * preference takes effect at once and is there again when the window is started anew over the
 * same folder; Cancel changes nothing; a wrong number is refused in words. The window's size and
 * place are kept the same way.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesTest {

    @TempDir
    Path home;
    @TempDir
    Path exports;

    private Stage stage;
    private IsolatedApp app;
    /** The stage as the application opened it: later test classes share it, so it is put back. */
    private Rectangle2D opened;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // No launch options: the saved preferences choose the language and the theme.
        app = new IsolatedApp(home, Map.of());
        app.start(stage);
        opened = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.stopAndReset(robot);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(opened.getMinX());
            stage.setY(opened.getMinY());
            stage.setWidth(opened.getWidth());
            stage.setHeight(opened.getHeight());
        });
    }

    @Test
    void everyPreferenceTakesEffectAtOnceAndOutlivesARestart(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen);
        robot.interact(() -> app.shell().window().chooseLanguage(LanguageChoice.ENGLISH));
        app.signInWithTheDemo(robot);
        robot.clickOn("#signed-in-user").press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#preferences").tryQuery().isPresent());

        robot.interact(() -> {
            combo(robot, "#pref-theme").setValue(ThemeChoice.DARK);
            combo(robot, "#pref-language").setValue(LanguageChoice.FRENCH);
            robot.lookup("#pref-notifications").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#pref-webhook-enabled").queryAs(CheckBox.class).setSelected(true);
        });
        replace(robot, "#pref-concurrency", "6");
        replace(robot, "#pref-webhook-port", "9123");
        replace(robot, "#pref-export-folder", exports.toString());
        robot.clickOn("#preferences-save");

        waitFor(() -> robot.lookup("#preferences").tryQuery().isEmpty());
        waitFor(() -> "Demandes — X-Ray Desk".equals(stage.getTitle()));
        assertTrue(current() instanceof DashboardScreen, "the language changed on the screen the analyst was on");
        assertTrue(app.shell().themes().darkProperty().get());
        assertEquals(6, app.currentUploads().concurrency(), "the running queue follows at once");
        Settings saved = savedSettings();
        assertEquals(Theme.DARK, saved.theme());
        assertEquals("fr", saved.locale());
        assertEquals(6, saved.uploadConcurrency());
        assertFalse(saved.desktopNotifications());
        assertEquals(new WebhookReceiverSettings(true, 9123), saved.webhookReceiver());
        assertEquals(exports.toString(), saved.exportFolder());

        restart(robot);
        // Signed in again at once or not, depending on the machine's keychain: the menus tell the language.
        waitFor(() -> app.routes() != null && "_Fichier".equals(MenuItems.bar(stage.getScene()).getMenus().get(0).getText()));
        assertTrue(app.shell().themes().darkProperty().get(), "the saved theme, without a launch option");
        openPreferences(robot);
        assertEquals(ThemeChoice.DARK, combo(robot, "#pref-theme").getValue());
        assertEquals(LanguageChoice.FRENCH, combo(robot, "#pref-language").getValue());
        assertEquals("6", text(robot, "#pref-concurrency"));
        assertFalse(robot.lookup("#pref-notifications").queryAs(CheckBox.class).isSelected());
        assertEquals("9123", text(robot, "#pref-webhook-port"));
        assertEquals(exports.toString(), text(robot, "#pref-export-folder"));
    }

    @Test
    void cancelChangesNothing(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen);
        robot.interact(() -> app.shell().window().chooseLanguage(LanguageChoice.ENGLISH));
        waitFor(() -> "Sign in — X-Ray Desk".equals(stage.getTitle()));
        boolean darkBefore = app.shell().themes().darkProperty().get();
        openPreferences(robot);
        robot.interact(() -> {
            combo(robot, "#pref-theme").setValue(darkBefore ? ThemeChoice.LIGHT : ThemeChoice.DARK);
            combo(robot, "#pref-language").setValue(LanguageChoice.FRENCH);
        });
        replace(robot, "#pref-concurrency", "2");
        DialogPane pane = robot.lookup("#preferences").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().get(1)));

        waitFor(() -> robot.lookup("#preferences").tryQuery().isEmpty());
        assertEquals("Sign in — X-Ray Desk", stage.getTitle());
        assertEquals(darkBefore, app.shell().themes().darkProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Settings saved = savedSettings();
        assertEquals(Settings.DEFAULT_UPLOAD_CONCURRENCY, saved.uploadConcurrency());
        assertEquals("en", saved.locale(), "only the language chosen from the View menu");
    }

    @Test
    void aWrongConcurrencyOrPortIsRefusedInWordsAndNothingIsSaved(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen);
        robot.interact(() -> app.shell().window().chooseLanguage(LanguageChoice.ENGLISH));
        openPreferences(robot);
        Button save = saveButton(robot);

        replace(robot, "#pref-concurrency", "12");
        assertEquals("Type a whole number from 1 to 8.", problem(robot, "#pref-concurrency-problem"));
        assertTrue(save.isDisabled());
        replace(robot, "#pref-concurrency", "four");
        assertEquals("Type a whole number from 1 to 8.", problem(robot, "#pref-concurrency-problem"));
        replace(robot, "#pref-concurrency", "4");
        assertFalse(problemShown(robot, "#pref-concurrency-problem"));
        assertFalse(save.isDisabled());

        robot.interact(() -> robot.lookup("#pref-webhook-enabled").queryAs(CheckBox.class).setSelected(true));
        replace(robot, "#pref-webhook-port", "80");
        assertEquals("Type a port number from 1024 to 65535.", problem(robot, "#pref-webhook-port-problem"));
        assertTrue(save.isDisabled());
        replace(robot, "#pref-webhook-port", "8788");
        assertFalse(save.isDisabled());

        Path missing = exports.resolve("gone");
        replace(robot, "#pref-export-folder", missing.toString());
        robot.clickOn(save);
        waitFor(() -> !robot.lookup("#preferences-error").queryAs(Label.class).getText().isEmpty());
        assertEquals("The folder " + missing + " does not exist. Choose an existing folder, or leave the field empty.",
                robot.lookup("#preferences-error").queryAs(Label.class).getText());
        assertEquals("4", text(robot, "#pref-concurrency"), "what was typed stays");
        assertEquals(Settings.DEFAULT_UPLOAD_CONCURRENCY, savedSettings().uploadConcurrency());
        assertNull(savedSettings().exportFolder());
    }

    @Test
    void theSizeAndPlaceLeftAreThoseOfTheNextLaunch(FxRobot robot) throws Exception {
        waitFor(() -> app.currentScreen() instanceof SignInScreen);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
        });
        WindowGeometry left = new WindowGeometry(40, 30, 1000, 640, false);
        waitFor(() -> left.equals(savedSettings().window()));

        restart(robot);
        waitFor(() -> app.currentScreen() instanceof SignInScreen);
        assertEquals(left, new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsBroughtBackOnScreen(FxRobot robot) throws Exception {
        waitFor(() -> app.currentScreen() instanceof SignInScreen);
        robot.interact(() -> {
            stage.setX(-3000);
            stage.setY(40);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        waitFor(() -> savedSettings().window() != null && savedSettings().window().x() == -3000);

        restart(robot);
        waitFor(() -> app.currentScreen() instanceof SignInScreen);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(stage.getX(), stage.getY()), "top left corner on the screen: " + stage.getX());
        assertEquals(900, stage.getWidth());
        assertEquals(600, stage.getHeight());
    }

    private void openPreferences(FxRobot robot) throws Exception {
        robot.interact(() -> MenuItems.byId(stage.getScene(), "menu.settings.preferences").fire());
        waitFor(() -> robot.lookup("#preferences").tryQuery().isPresent());
    }

    /** A new launch over the same data folder, in the same stage moved back to where a new window opens. */
    private void restart(FxRobot robot) {
        app.stopAndReset(robot);
        app = new IsolatedApp(home, Map.of());
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            app.start(stage);
        });
    }

    private Settings savedSettings() {
        return new SettingsStore(AppPaths.at(home).settingsFile(), home.resolve("no-presets.json"), Map.of())
                .load().settings();
    }

    private static Button saveButton(FxRobot robot) {
        return robot.lookup("#preferences-save").queryButton();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
        robot.clickOn(query).write(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private static String problem(FxRobot robot, String query) {
        assertTrue(problemShown(robot, query), query + " shown");
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean problemShown(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).isVisible();
    }

    private Object current() {
        return app.currentScreen();
    }
}
