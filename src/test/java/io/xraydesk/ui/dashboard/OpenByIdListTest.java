package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.shell.Shell;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
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
 * File ▸ Open request by id with a list: each id is fetched from the sandbox, the ones found join the list
 * (kept locally as opened by id), and the dialog after it names the unknown id and the piece that is no id.
 */
@ExtendWith(ApplicationExtension.class)
class OpenByIdListTest {

    private static final String UNKNOWN = "0123456789abcdef01234567";

    @TempDir
    Path folder;

    private Stage stage;
    private SandboxFixture fixture;
    private final RecordingRoutes routes = new RecordingRoutes();
    private DashboardScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (screen != null) {
            robot.interact(screen::deactivate);
        }
        fixture.close();
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void aPastedListKeepsTheFoundRequestAndNamesTheUnknownIdAndTheGarbage(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        AnalysisRequest elsewhere = fixture.createRequest("514673987", "Made Elsewhere SA", null);
        robot.interact(() -> {
            Shell shell = ShellHarness.open(stage, Locale.ENGLISH);
            screen = new DashboardScreen(TestContexts.over(fixture, shell, routes, folder.resolve("home")),
                    fixture.clock);
            shell.navigator().show(screen);
        });

        // The dialog waits for its answer (showAndWait): started without waiting for it to close.
        WaitForAsyncUtils.asyncFx(screen::openRequestById);
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup("#request-id-field").queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(elsewhere.id().toUpperCase(Locale.ROOT) + "\n" + UNKNOWN + ", not-an-id"));
        assertEquals("Not a request id: not-an-id. A request id is 24 characters from 0–9 and a–f.",
                robot.lookup("#request-id-problem").queryLabeled().getText());
        robot.clickOn(robot.lookup(".button").match(b -> "Open".equals(((Button) b).getText())).queryButton());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary(robot).isPresent());
        assertEquals("Found and kept in your list (1): Made Elsewhere SA (" + elsewhere.id() + ")\n\n"
                + "No request with these ids is visible to your account (1): " + UNKNOWN + "\n\n"
                + "Not request ids (1): not-an-id", summary(robot).orElseThrow());
        assertEquals(List.of(elsewhere.id()), screen.model().rows().stream().map(RequestRow::id).toList());
        assertEquals(RequestOrigin.OPENED_BY_ID,
                fixture.database.requestCache().find(elsewhere.id()).orElseThrow().origin());
        assertEquals(List.of(), routes.calls(), "a list opens no page: the analyst reads what was found first");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)
                .forEach(pane -> pane.getScene().getWindow().hide()));
    }

    /** The text of the dialog that says what the list came to, once it is shown. */
    private static Optional<String> summary(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(pane -> "Requests opened by id".equals(pane.getHeaderText()))
                .map(DialogPane::getContentText).findFirst();
    }
}
