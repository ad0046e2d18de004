package io.xraydesk.ui.shell;

import io.xraydesk.api.log.ExchangeTrace;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.PrivateFiles;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.widgets.Dialogs;
import io.xraydesk.ui.widgets.Icons;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Help ▸ "Record a diagnostic trace…": asks where to write the trace and starts it; chosen again, it
 * stops it and says where the file is (docs/trace.md describes its content). The file is opened and
 * closed by the one task executor, off the FX thread.
 */
final class TraceMenuItem {

    static final String ID = "menu.help.trace";

    final MenuItem item = new MenuItem(Messages.get("menu.help.trace"), Icons.of(Feather.ACTIVITY));
    private final Supplier<Window> owner;
    private final BackgroundTasks tasks;

    TraceMenuItem(Supplier<Window> owner, BackgroundTasks tasks) {
        this.owner = owner;
        this.tasks = tasks;
        item.setId(ID);
        item.setOnAction(event -> toggle());
    }

    private void toggle() {
        if (ExchangeTrace.isRecording()) {
            item.setDisable(true);
            tasks.task("stop trace", progress -> ExchangeTrace.stop())
                    .onSuccess(this::stopped)
                    .onFailure(failure -> stopped(Optional.empty()))
                    .start();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.help.trace.choose"));
        chooser.setInitialFileName("xray-desk-trace.txt");
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return;
        }
        item.setDisable(true);
        Path file = chosen.toPath();
        tasks.task("start trace", progress -> {
                    start(file);
                    return file;
                })
                .onSuccess(recording -> started(file, null))
                .onFailure(failure -> started(file, failure))
                .start();
    }

    private static void start(Path file) {
        try {
            ExchangeTrace.start(file);
            PrivateFiles.restrictFile(file);
        } catch (IOException unwritable) {
            ExchangeTrace.stop();
            throw new UncheckedIOException(unwritable);
        }
    }

    private void started(Path file, Throwable failure) {
        item.setDisable(false);
        if (failure != null) {
            new Dialogs(owner.get()).error(Messages.get("menu.help.trace.failed", file), failure);
            return;
        }
        item.setText(Messages.get("menu.help.trace.stop", file.getFileName()));
    }

    private void stopped(Optional<Path> written) {
        item.setDisable(false);
        item.setText(Messages.get("menu.help.trace"));
        written.ifPresent(file -> new Dialogs(owner.get()).inform(Messages.get("menu.help.trace.done.title"),
                Messages.get("menu.help.trace.done.title"), Messages.get("menu.help.trace.done", file)));
    }
}
