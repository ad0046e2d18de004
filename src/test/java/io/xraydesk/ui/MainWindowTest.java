package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.shell.ConnectionState;
import io.xraydesk.store.Environment;
import io.xraydesk.ui.shell.MenuCommand;
import io.xraydesk.ui.shell.StartScreen;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.widgets.EmptyState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static Locale jvmDefault;
    private final Map<String, String> options = Map.of("lang", "en", "theme", "light");
    private Stage stage;
    private App app;

    @BeforeAll
    static void rememberLocale() {
        jvmDefault = Locale.getDefault();
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(jvmDefault);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.app = new App() {
            @Override
            Map<String, String> launchOptions() {
                return options;
            }

            @Override
            void startInBackground() {
                // The window's own behaviour only: no data folder, no sign-in screen.
            }
        };
        app.start(stage);
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void showsTheStartEmptyStateAndTheEnvironmentBadge(FxRobot robot) {
        EmptyState empty = robot.lookup(".empty-state").queryAs(EmptyState.class);
        assertEquals("No requests yet", empty.title());
        assertTrue(empty.explanation().contains("New request"));
        assertTrue(empty.actionButton().isDisabled(), "no screen creates requests yet");
        assertEquals("Sandbox", robot.lookup("#environment-badge").queryAs(Label.class).getText());
        assertEquals("Not signed in", robot.lookup("#signed-in-user").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#connection-state").queryAs(Label.class).isVisible(), "no state claimed before a watcher reports one");
        assertEquals("Start — X-Ray Desk", stage.getTitle());
        assertInstanceOf(StartScreen.class, app.shell().navigator().current().orElseThrow());
    }

    @Test
    void fileMenuCommandsCarryTheirShortcuts() {
        Map<String, MenuItem> items = menuItems();
        assertEquals(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), items.get("menu.file.new_request").getAccelerator());
        assertEquals(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), items.get("menu.file.open_request").getAccelerator());
        assertEquals(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), items.get("menu.file.quit").getAccelerator());
        List<String> menuTitles = menuBar().getMenus().stream().map(Menu::getText).toList();
        assertEquals(List.of("_File", "_View", "_Settings", "_Help"), menuTitles);
    }

    @Test
    void commandsStayDisabledUntilAScreenWiresThem(FxRobot robot) {
        Map<String, MenuItem> items = menuItems();
        for (String unwired : List.of("menu.file.new_request", "menu.file.open_request",
                "menu.settings.network", "menu.settings.preferences")) {
            assertTrue(items.get(unwired).isDisable(), unwired);
        }
        assertFalse(items.get("menu.file.quit").isDisable());
        assertFalse(items.get("menu.help.about").isDisable());

        AtomicInteger newRequests = new AtomicInteger();
        robot.interact(() -> app.shell().window().on(MenuCommand.NEW_REQUEST, newRequests::incrementAndGet));
        EmptyState empty = robot.lookup(".empty-state").queryAs(EmptyState.class);
        assertFalse(items.get("menu.file.new_request").isDisable());
        assertFalse(empty.actionButton().isDisabled(), "the empty state's button follows the command");

        robot.clickOn(empty.actionButton());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertEquals(2, newRequests.get(), "button and Ctrl+N both create a request");
    }

    @Test
    void statusAndHeaderShowWhatTheyAreTold(FxRobot robot) {
        robot.interact(() -> {
            app.shell().window().setEnvironment(Environment.PRODUCTION);
            app.shell().window().setSignedInUser("5f3c9a7e-22b1-4c0e-9d7a-0b1e2c3d4e5f");
            app.shell().window().setConnectionState(ConnectionState.OFFLINE);
        });
        Label badge = robot.lookup("#environment-badge").queryAs(Label.class);
        assertEquals("Production", badge.getText());
        assertTrue(badge.getStyleClass().contains("chip-info"));
        assertFalse(badge.getStyleClass().contains("chip-warning"));
        assertEquals("Signed in as 5f3c…4e5f", robot.lookup("#signed-in-user").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#connection-state").queryAs(Label.class).isVisible());
        assertEquals("Offline — retrying", robot.lookup("#connection-state").queryAs(Label.class).getText());
    }

    @Test
    void choosingFrenchRebuildsTheWindowInFrench(FxRobot robot) {
        MenuItem french = menuItems().get("language.choice.french");
        robot.interact(french::fire);

        assertEquals("Aucune demande pour l’instant", robot.lookup(".empty-state").queryAs(EmptyState.class).title());
        assertEquals("Accueil — X-Ray Desk", stage.getTitle());
        assertEquals("_Fichier", menuBar().getMenus().get(0).getText());
        assertEquals("Bac à sable", robot.lookup("#environment-badge").queryAs(Label.class).getText());
    }

    @Test
    void themeMenuFollowsAndDrivesTheThemeManager(FxRobot robot) {
        Map<String, MenuItem> items = menuItems();
        RadioMenuItem dark = (RadioMenuItem) items.get("theme.choice.dark");
        RadioMenuItem light = (RadioMenuItem) items.get("theme.choice.light");
        assertTrue(light.isSelected(), "started with --theme=light");

        robot.interact(dark::fire);
        assertEquals(ThemeChoice.DARK, app.shell().themes().choiceProperty().get());
        assertTrue(app.shell().themes().darkProperty().get());

        robot.interact(() -> app.shell().themes().select(ThemeChoice.LIGHT));
        assertTrue(light.isSelected());
        assertFalse(dark.isSelected());
    }

    @Test
    void aboutShowsTheApplicationAndItsVersion(FxRobot robot) throws Exception {
        robot.interact(() -> app.shell().themes().select(ThemeChoice.DARK));
        robot.interact(menuItems().get("menu.help.about")::fire);

        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("X-Ray Desk development version", about.getHeaderText());
        assertSame(stage, ((Stage) about.getScene().getWindow()).getOwner());
        Screenshots.save(about.getScene(), "about-dark-en");
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }

    @Test
    void screenshotsOfTheMainWindowInBothThemesAndLanguages(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> app.shell().tasks().task("hold", progress -> release.await(10, TimeUnit.SECONDS)).start());
        for (String language : List.of("en", "fr")) {
            robot.interact(menuItems().get(language.equals("fr") ? "language.choice.french" : "language.choice.english")::fire);
            robot.interact(() -> app.shell().window().setConnectionState(ConnectionState.ONLINE));
            for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
                robot.interact(() -> app.shell().themes().select(theme));
                String name = "main-" + theme.name().toLowerCase(Locale.ROOT) + "-" + language;
                Path png = Screenshots.save(stage.getScene(), name);
                assertTrue(Files.size(png) > 10_000, name + " looks empty");
            }
        }
        assertTrue(robot.lookup("#background-activity").queryAs(Label.class).isVisible());
        release.countDown();
    }

    private MenuBar menuBar() {
        return MenuItems.bar(stage.getScene());
    }

    /** Every item of every menu and sub-menu, by id. */
    private Map<String, MenuItem> menuItems() {
        Map<String, MenuItem> byId = new HashMap<>();
        menuBar().getMenus().forEach(menu -> collect(menu, byId));
        assertNotNull(byId.get("menu.file.new_request"));
        return byId;
    }

    private static void collect(Menu menu, Map<String, MenuItem> byId) {
        for (MenuItem item : menu.getItems()) {
            if (item.getId() != null) {
                byId.put(item.getId(), item);
            }
            if (item instanceof Menu sub) {
                collect(sub, byId);
            }
        }
    }
}
