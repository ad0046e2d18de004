package io.xraydesk.ui.upload;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.api.model.Period;
import io.xraydesk.store.UploadState;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives an {@link UploadPanel} found in a window, for tests outside this package: a real drop of
 * files through a {@link Dragboard}, the description of the rows, the upload and its progress.
 */
public final class UploadPanelDriver {

    /** What a row is described as before its upload. */
    public record Description(DocumentCategory category, Period period, LocalDate date) {
    }

    private final FxRobot robot;
    private final UploadPanel panel;

    public UploadPanelDriver(FxRobot robot, UploadPanel panel) {
        this.robot = robot;
        this.panel = panel;
    }

    /** Drops {@code files} on the panel's drop zone, as the platform does at the end of a drag. */
    public void drop(List<File> files) throws Exception {
        Dragboard dragboard = WaitForAsyncUtils.asyncFx(() -> {
            Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
            DragboardHelper.setDataAccessRestriction(board, false);
            ClipboardContent content = new ClipboardContent();
            content.putAll(Map.of(DataFormat.FILES, files));
            board.setContent(content);
            return board;
        }).get(10, TimeUnit.SECONDS);
        robot.interact(() -> Event.fireEvent(panel.dropZone(), drag(DragEvent.DRAG_ENTERED, dragboard)));
        robot.interact(() -> Event.fireEvent(panel.dropZone(), drag(DragEvent.DRAG_DROPPED, dragboard)));
    }

    /** True once {@code count} rows are there and none is still being checked. */
    public boolean checked(int count) {
        return panel.rows().size() == count
                && panel.rows().stream().noneMatch(row -> row.kindProperty().get() == UploadRow.Kind.CHECKING);
    }

    /** What the panel guessed for the file {@code name}. */
    public Description guessed(String name) {
        UploadRow row = row(name);
        return new Description(row.categoryProperty().get(), row.periodProperty().get(), row.dateProperty().get());
    }

    /** Fills in, on the FX thread, what the guess left empty for the file {@code name}. */
    public void completeDescription(String name, Description wanted) {
        UploadRow row = row(name);
        robot.interact(() -> {
            if (row.categoryProperty().get() == null) {
                row.categoryProperty().set(wanted.category());
            }
            if (row.periodProperty().get() == null) {
                row.periodProperty().set(wanted.period());
            }
            if (row.dateProperty().get() == null) {
                row.dateProperty().set(wanted.date());
            }
        });
    }

    /** Clicks the panel's Upload button, the way the analyst starts the uploads. */
    public void clickUpload() {
        Button upload = robot.from(panel).lookup(".button")
                .match(node -> Messages.get("upload.panel.start").equals(((Button) node).getText())).queryButton();
        robot.clickOn(upload);
    }

    /** How many rows reached {@code state}. */
    public long count(UploadState state) {
        return panel.rows().stream().filter(row -> row.state() == state).count();
    }

    private UploadRow row(String name) {
        return panel.rows().stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in " + panel.rows().stream()
                        .map(UploadRow::name).toList()));
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard dragboard) {
        return new DragEvent(type, dragboard, 20, 20, 20, 20, TransferMode.COPY, null, null, null);
    }
}
