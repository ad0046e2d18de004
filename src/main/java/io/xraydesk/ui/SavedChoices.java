package io.xraydesk.ui;

import io.xraydesk.store.Settings;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.WindowPlacement;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;

/**
 * The choices the analyst makes with the window rather than in a dialog (View ▸ Theme, View ▸
 * Language, the window's size and place), saved as they are made and put back at the next launch.
 * A launch option ({@code --lang}, {@code --theme}) wins over the saved choice for that launch.
 * Settings are written off the FX thread, through the one task executor.
 */
final class SavedChoices {

    private final AppServices services;
    private final BackgroundTasks tasks;
    private WindowPlacement placement;

    SavedChoices(AppServices services, BackgroundTasks tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    /** The language to show: the launch option's, else the saved one. */
    LanguageChoice language(Map<String, String> launchOptions) {
        String option = launchOptions.get(App.LANGUAGE_OPTION);
        return LanguageChoice.parse(option != null ? option : services.settings().locale());
    }

    /**
     * Puts back the saved theme (unless a launch option chose one) and the window's geometry, then
     * saves later changes of both.
     */
    void restore(Stage stage, ThemeManager themes, Map<String, String> launchOptions) {
        if (!launchOptions.containsKey(App.THEME_OPTION)) {
            themes.select(ThemeChoice.of(services.settings().theme()));
        }
        themes.choiceProperty().addListener((obs, was, now) -> save("save theme", s -> s.withTheme(now.saved())));
        placement = WindowPlacement.restoreAndTrack(stage, services.settings().window(),
                geometry -> save("save window geometry", s -> s.withWindow(geometry)));
    }

    /** The application stops: the window is no longer followed. */
    void stop() {
        if (placement != null) {
            placement.stop();
        }
    }

    /** The analyst picked a language: it is kept for the next launches. */
    void languageChosen(LanguageChoice choice) {
        save("save language", s -> s.withLocale(choice.savedTag()));
    }

    private void save(String name, UnaryOperator<Settings> change) {
        tasks.task(name, progress -> services.updateSettings(change)).start();
    }
}
