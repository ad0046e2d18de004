package io.xraydesk.ui;

import io.xraydesk.api.log.LogFiles;
import io.xraydesk.api.log.Redactor;
import io.xraydesk.store.AppPaths;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.widgets.Dialogs;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Logger;

/**
 * The data folder (log file, settings, keychain, database) opening on a thread of its own from the
 * moment the application starts, before the JavaFX toolkit and the window are up: the stores load
 * while the window is built, and the first usable screen waits only for what is left of it.
 */
final class DataFolderOpening {

    private final AppPaths paths;
    private final FutureTask<AppServices> opening;

    private DataFolderOpening(AppPaths paths) {
        this.paths = paths;
        this.opening = new FutureTask<>(() -> {
            installLogFile(paths);
            return AppServices.open(paths);
        });
    }

    /** Starts opening {@code paths} now. */
    static DataFolderOpening start(AppPaths paths) {
        DataFolderOpening started = new DataFolderOpening(paths);
        Thread thread = new Thread(started.opening, "open data folder");
        // A folder stuck on a dead network share must not keep the process alive after the window closes.
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    AppPaths paths() {
        return paths;
    }

    /** The opened stores, waiting for them if needed (blocking: call off the FX thread). */
    AppServices await() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Closes the stores if they opened but the window closed before taking them. */
    void closeUnclaimed() {
        if (!opening.isDone()) {
            return; // still opening: a daemon thread, gone with the process
        }
        try {
            opening.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException failedOrUnclosable) {
            // Nothing opened, or nothing more to do about it at exit.
        }
    }

    private static void installLogFile(AppPaths paths) {
        // Installed before anything can log a secret, and before dialogs show technical details.
        Dialogs.installRedaction(Redactor::redact);
        try {
            LogFiles.install(paths.logs());
        } catch (IOException | RuntimeException unwritable) {
            // The app works without its log file; the console handler still reports problems.
            Logger.getLogger(App.class.getName()).warning("no log file in " + paths.logs() + ": " + unwritable);
        }
    }
}
