package io.xraydesk.ui.widgets;

import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;

/**
 * "Open" and "Show in folder" beside the words that say where a file was saved (an export, a credit
 * memo). They hand the file to the system's own programs ({@code xdg-open}, {@code open},
 * {@code explorer}) on a background task: starting a program may wait on the disk.
 */
public final class SavedFileLinks {

    private final BackgroundTasks tasks;
    private final Consumer<String> problem;
    private final Hyperlink open = new Hyperlink(Messages.get("saved.open"));
    private final Hyperlink reveal = new Hyperlink(Messages.get("saved.showInFolder"));
    private final HBox view = new HBox(2, open, reveal);
    private Path saved;

    /** @param problem told, in words, when the system cannot open the file or its folder */
    public SavedFileLinks(BackgroundTasks tasks, Consumer<String> problem) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.problem = Objects.requireNonNull(problem, "problem");
        open.setId("saved-open");
        reveal.setId("saved-show-in-folder");
        view.setId("saved-links");
        open.setOnAction(event -> launch(openCommand(saved)));
        reveal.setOnAction(event -> launch(revealCommand(saved)));
        show(null);
    }

    public HBox view() {
        return view;
    }

    /** Offers the links for {@code file}; null hides them (nothing saved, or another action began). */
    public void show(Path file) {
        saved = file;
        view.setVisible(file != null);
        view.setManaged(file != null);
    }

    private void launch(List<String> command) {
        tasks.task("open " + command.get(0), progress -> new ProcessBuilder(command).start())
                .onFailure(failure -> problem.accept(Messages.get("saved.cannotOpen", FailureWords.of(failure))))
                .start();
    }

    static List<String> openCommand(Path file) {
        return switch (os()) {
            case "windows" -> List.of("explorer", file.toString());
            case "mac" -> List.of("open", file.toString());
            default -> List.of("xdg-open", file.toString());
        };
    }

    /** The folder with the file selected where the system can, else the folder. */
    static List<String> revealCommand(Path file) {
        return switch (os()) {
            case "windows" -> List.of("explorer", "/select," + file);
            case "mac" -> List.of("open", "-R", file.toString());
            default -> List.of("xdg-open", file.toAbsolutePath().getParent().toString());
        };
    }

    private static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "mac" : "other";
    }
}
