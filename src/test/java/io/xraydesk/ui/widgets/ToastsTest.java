package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.walk.OutsideWindowCheck;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ToastsTest {

    private Toasts toasts;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new ThemeManager(ThemeChoice.LIGHT);
        toasts = new Toasts();
        Scene scene = new Scene(new StackPane(new Pane(), toasts.layer()), 600, 400);
        ThemeManager.style(scene);
        stage.setScene(scene);
        // The window is TestFX's one stage, shared with the tests that ran before in this JVM: a size,
        // or the application's smallest window size (which would stop it shrinking), that one of them
        // set would otherwise outlive the new scene's 600 × 400.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setX(100);
        stage.setY(100);
        stage.setWidth(600);
        stage.setHeight(400);
        stage.show();
    }

    @Test
    void aNotificationShowsItsTextsRunsItsActionOnceWhenClickedAndClosesWithoutIt(FxRobot robot) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        robot.interact(() -> toasts.show(Toasts.Kind.INFO, "Report ready", "ACME SAS: Financial X-Ray",
                "Open", opened::incrementAndGet));

        Label text = robot.lookup(".notification-bar .label")
                .match(node -> "ACME SAS: Financial X-Ray".equals(((Label) node).getText()))
                .queryAs(Label.class);
        assertEquals("ACME SAS: Financial X-Ray", text.getText());

        // For the screenshot, and for the clicks to land on a card at its place.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fullyOpaque(text));
        Screenshots.save(text.getScene(), "toast-light-en");

        robot.clickOn(robot.lookup(".notification-bar .button").match(node -> "Open".equals(((Button) node)
                .getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.get(), "the button's click is not also the card's");
        assertEquals(0, robot.lookup(".notification-bar").queryAll().size(), "acted on, the card goes");

        robot.interact(() -> toasts.show(Toasts.Kind.INFO, "Report ready", "Beta SA: ESG X-Ray", "Open",
                opened::incrementAndGet));
        Node card = robot.lookup(".notification-bar").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fullyOpaque(card));
        robot.clickOn(robot.from(card).lookup(".toast-close").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.get(), "closing does not open");
        assertEquals(0, robot.lookup(".notification-bar").queryAll().size(), "closed, the card goes");
    }

    @Test
    void aBurstShowsAFewNotificationsAndTellsTheRestInOneLineOnceTheyFade(FxRobot robot) throws Exception {
        Toasts quick = new Toasts(Duration.millis(400));
        robot.interact(() -> {
            ((StackPane) stage.getScene().getRoot()).getChildren().add(quick.layer());
            for (int i = 0; i < 10; i++) {
                quick.show(Toasts.Kind.INFO, "Report ready", "Company " + i + ": ESG X-Ray");
            }
        });
        assertEquals(Toasts.AT_ONCE, robot.lookup(".notification-bar .label")
                .match(node -> ((Label) node).getText().startsWith("Company ")).queryAll().size());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar .label")
                .match(node -> ((Label) node).getText().contains(String.valueOf(10 - Toasts.AT_ONCE)))
                .tryQuery().isPresent());
    }

    @Test
    void aNotificationFollowsItsWindowWhenTheWindowShrinksAndMovesAndItsTextWraps(FxRobot robot) throws Exception {
        String longText = "ACME SAS: Financial X-Ray, grade B, with a probability of default of 2.4 % and three "
                + "alerts to read before the committee meets on Thursday";
        robot.interact(() -> toasts.show(Toasts.Kind.WARNING, "Report ready", longText));
        Label text = robot.lookup(".notification-bar .label").match(node -> longText.equals(((Label) node).getText()))
                .queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fullyOpaque(text));
        assertEquals(List.of(), outside(), "shown at 600 × 400");
        Node card = robot.lookup(".notification-bar").query();
        double wideCard = card.getLayoutBounds().getWidth();
        assertEquals(420, wideCard, 1, "the card's set width, in a window wider than it");

        robot.interact(() -> {
            stage.setX(300);
            stage.setY(250);
            stage.setWidth(360);
            stage.setHeight(240);
        });
        // The new size reaches the card at the next layout pulse, not with the events just handled.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> card.getLayoutBounds().getWidth() < wideCard);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), outside(), "after the window moved and shrank to 360 × 240");
        Bounds onScreen = card.localToScreen(card.getLayoutBounds());
        Scene scene = stage.getScene();
        double sceneRight = stage.getX() + scene.getX() + scene.getWidth();
        double sceneBottom = stage.getY() + scene.getY() + scene.getHeight();
        assertEquals(sceneRight - 15, onScreen.getMaxX(), 1, "still in the window's right corner: " + onScreen);
        assertEquals(sceneBottom - 15, onScreen.getMaxY(), 1, "still in the window's bottom corner: " + onScreen);
        assertTrue(card.getLayoutBounds().getWidth() < wideCard, "narrower with the window");
        assertTrue(text.getHeight() > 2 * text.getFont().getSize(), "the text wraps: " + text.getHeight());
    }

    /** What lies outside its window, or outside the main window, over every window on screen. */
    private static List<String> outside() {
        OutsideWindowCheck check = new OutsideWindowCheck();
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .flatMap(scene -> check.problems(scene).stream()).toList();
    }

    private static boolean fullyOpaque(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getOpacity() < 1) {
                return false;
            }
        }
        return true;
    }
}
