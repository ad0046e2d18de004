package io.xraydesk.ui;

import io.xraydesk.store.AppPaths;
import io.xraydesk.ui.widgets.Dialogs;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.testfx.api.FxRobot;

/** The whole application for a test: English, light theme, its data in a folder of the test's. */
final class IsolatedApp extends App {

    private final Path home;

    IsolatedApp(Path home) {
        this.home = home;
    }

    @Override
    Map<String, String> launchOptions() {
        return Map.of("lang", "en", "theme", "light");
    }

    @Override
    AppPaths paths() {
        return AppPaths.at(home);
    }

    /** Stops it and undoes what start-up changed for the whole process. */
    void stopAndReset(FxRobot robot) {
        robot.interact(this::stop);
        Locale.setDefault(Locale.ENGLISH);
        // Start-up installs the process-wide redaction; later test classes expect the default (withhold all).
        Dialogs.installRedaction(details -> "");
    }
}
