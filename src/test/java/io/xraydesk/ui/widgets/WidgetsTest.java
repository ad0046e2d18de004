package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Badges.Tone;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WidgetsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void gradesAToEGetTheirColourAndAnythingElseIsShownVerbatim() {
        assertTrue(Badges.grade("a").getStyleClass().contains("grade-a"));
        assertEquals("A", Badges.grade("a").getText());
        assertTrue(Badges.grade("E").getStyleClass().contains("grade-e"));
        Label unknown = Badges.grade("F+");
        assertEquals("F+", unknown.getText());
        assertTrue(unknown.getStyleClass().contains("grade-unknown"));
    }

    @Test
    void aLabelGivenOneLookAfterAnotherLooksAsIfMadeWithTheLast() {
        Label reused = Badges.gradeLook("b").label();
        Badges.chipLook("not rated", Tone.WARNING).applyTo(reused);
        Label made = Badges.chip("not rated", Tone.WARNING);
        assertEquals(made.getText(), reused.getText());
        assertEquals(made.getStyleClass(), reused.getStyleClass(), "no class of the grade left behind");
        Badges.gradeLook("b").applyTo(reused);
        assertEquals(Badges.grade("b").getStyleClass(), reused.getStyleClass());
        assertEquals("B", reused.getText());
    }

    @Test
    void aChipChangesToneWithoutKeepingTheOldOne() {
        Label chip = Badges.chip("Processing", Tone.INFO);
        Badges.retone(chip, Tone.SUCCESS);
        assertTrue(chip.getStyleClass().containsAll(List.of("chip", "chip-success")));
        assertFalse(chip.getStyleClass().contains("chip-info"));
    }

    @Test
    void iconOnlyButtonsAreNamedForScreenReaders() {
        AtomicInteger refreshed = new AtomicInteger();
        Button refresh = Icons.iconButton(Feather.REFRESH_CW, "Refresh", refreshed::incrementAndGet);
        assertEquals("Refresh", refresh.getAccessibleText());
        assertEquals("Refresh", refresh.getTooltip().getText());
        refresh.fire();
        assertEquals(1, refreshed.get());
    }

    @Test
    void emptyStateButtonRunsItsAction() {
        AtomicInteger created = new AtomicInteger();
        EmptyState empty = new EmptyState(Feather.INBOX, "Nothing", "Make something.", "Make", created::incrementAndGet);
        empty.actionButton().fire();
        assertEquals(1, created.get());
    }

    @Test
    void busyIndicatorShowsWhileWorkRuns() throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks(new DirectUiExecutor())) {
            Node spinner = BusyIndicator.spinner(tasks.activity());
            Label running = new Label();
            BusyIndicator.bind(running, tasks.activity());
            assertFalse(spinner.isVisible());
            assertFalse(running.isManaged());

            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            tasks.task("slow", progress -> release.await(5, TimeUnit.SECONDS)).onSuccess(value -> done.countDown()).start();
            assertTrue(spinner.isVisible());
            assertTrue(running.isVisible());
            assertTrue(running.isManaged());

            release.countDown();
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertFalse(spinner.isVisible());
            assertFalse(running.isVisible());
            assertFalse(running.isManaged());
        }
    }

    @Test
    void aBusyRingTurnsOnlyWhileVisibleInAScene(FxRobot robot) {
        BusyRing ring = new BusyRing();
        assertFalse(ring.isTurning(), "in no scene");
        robot.interact(() -> new Scene(new HBox(ring)));
        assertTrue(ring.isTurning());
        robot.interact(() -> ring.setVisible(false));
        assertFalse(ring.isTurning(), "hidden");
        robot.interact(() -> ring.setVisible(true));
        assertTrue(ring.isTurning());
        robot.interact(() -> ((HBox) ring.getParent()).getChildren().clear());
        assertFalse(ring.isTurning(), "out of its scene");
    }

    @Test
    void aLazyTooltipIsMadeOnFirstHoverWithTheLatestTextAndLeftOutWhileEmpty(FxRobot robot) {
        Label file = new Label("statement.pdf");
        Label other = new Label("elsewhere");
        LazyTooltip tooltip = LazyTooltip.on(file);
        robot.interact(() -> {
            tooltip.setText("/home/analyst/first.pdf");
            tooltip.setText("/home/analyst/statement.pdf");
            stage.setScene(new Scene(new VBox(24, file, other), 300, 120));
            stage.show();
        });
        assertNull(file.getTooltip(), "nothing is made before the pointer comes");

        robot.moveTo(file);
        Tooltip made = file.getTooltip();
        assertEquals("/home/analyst/statement.pdf", made.getText());

        robot.moveTo(other);
        robot.interact(() -> tooltip.setText(""));
        assertNull(file.getTooltip(), "an empty text shows no tooltip");
        robot.moveTo(file);
        assertNull(file.getTooltip());

        robot.interact(() -> tooltip.setText("/home/analyst/other.pdf"));
        assertSame(made, file.getTooltip(), "made once, then given its new text");
        assertEquals("/home/analyst/other.pdf", file.getTooltip().getText());
    }

    /** A gallery of badges and chips in both themes, to check colours and contrast by eye. */
    @Test
    void galleryScreenshots(FxRobot robot) throws Exception {
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            robot.interact(() -> {
                new ThemeManager(theme);
                HBox grades = new HBox(8);
                for (String grade : new String[] {"A", "B", "C", "D", "E", "?"}) {
                    grades.getChildren().add(Badges.grade(grade));
                }
                HBox chips = new HBox(8);
                for (Tone tone : Tone.values()) {
                    chips.getChildren().add(Badges.chip(tone.name().toLowerCase(Locale.ROOT), tone));
                }
                VBox root = new VBox(16, grades, chips);
                root.setPadding(new Insets(16));
                root.getStyleClass().add("content-area");
                Scene scene = new Scene(root, 460, 120);
                ThemeManager.style(scene);
                stage.setScene(scene);
                stage.show();
            });
            Screenshots.save(stage.getScene(), "widgets-" + theme.name().toLowerCase(Locale.ROOT));
        }
    }
}
