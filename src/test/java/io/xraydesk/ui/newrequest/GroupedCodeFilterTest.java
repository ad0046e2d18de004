package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing, pasting and deleting in a grouped code field, with the caret where the analyst expects it. */
@ExtendWith(ApplicationExtension.class)
class GroupedCodeFilterTest {

    private final AtomicReference<CompanyCodeType> type = new AtomicReference<>(CompanyCodeTypes.SIREN);
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setTextFormatter(new TextFormatter<>(new GroupedCodeFilter(type::get)));
        stage.setScene(new Scene(new StackPane(field), 300, 80));
        stage.show();
        field.requestFocus();
    }

    @Test
    void groupsAsTheAnalystTypes(FxRobot robot) {
        robot.write("5146");
        assertEquals("514 6", field.getText());
        assertEquals(5, field.getCaretPosition());
        robot.write("73987");
        assertEquals("514 673 987", field.getText());
    }

    @Test
    void groupsASiretAsItsSirenThenItsEstablishmentNumber(FxRobot robot) {
        set(robot, "51467398700012");
        assertEquals("514 673 987 00012", field.getText());
    }

    @Test
    void groupsAKvkNumberInFoursKeepingLeadingZeros(FxRobot robot) {
        type.set(CompanyCodeTypes.KVK);
        set(robot, "01234567");
        assertEquals("0123 4567", field.getText());
    }

    @Test
    void replacesPastedSeparatorsAndDigitsOfOtherScripts(FxRobot robot) {
        set(robot, "514\u00a0673-987");
        assertEquals("514 673 987", field.getText());
        set(robot, "\u0665\u0661\u0664.\u0666\u0667\u0663.\u0669\u0668\u0667");
        assertEquals("514 673 987", field.getText());
    }

    @Test
    void leavesTextWithOtherCharactersForTheRuleToExplain(FxRobot robot) {
        set(robot, "514 67A 987");
        assertEquals("514 67A 987", field.getText());
    }

    @Test
    void backspaceAfterAGroupSpaceDeletesTheDigitBeforeIt(FxRobot robot) {
        set(robot, "514673987");
        robot.interact(() -> field.positionCaret(4));
        robot.type(KeyCode.BACK_SPACE);
        assertEquals("516 739 87", field.getText());
        assertEquals(2, field.getCaretPosition());
    }

    @Test
    void deleteBeforeAGroupSpaceDeletesTheDigitAfterIt(FxRobot robot) {
        set(robot, "514673987");
        robot.interact(() -> field.positionCaret(3));
        robot.type(KeyCode.DELETE);
        assertEquals("514 739 87", field.getText());
        assertEquals(3, field.getCaretPosition());
    }

    @Test
    void typingInTheMiddleKeepsTheCaretAfterTheNewDigit(FxRobot robot) {
        set(robot, "51473987");
        robot.interact(() -> field.positionCaret(4));
        robot.write("6");
        assertEquals("514 673 987", field.getText());
        assertEquals(5, field.getCaretPosition());
    }

    /** Sets the whole text at once, as a paste over everything does. */
    private void set(FxRobot robot, String text) {
        robot.interact(() -> field.setText(text));
    }
}
