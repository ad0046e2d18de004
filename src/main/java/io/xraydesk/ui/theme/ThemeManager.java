package io.xraydesk.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;

/**
 * Owns the look of the whole application: the AtlantaFX Primer theme (light or dark) installed as the
 * user-agent stylesheet, plus the application stylesheet on every scene. Call on the FX thread; it may
 * also be built before the application starts (JavaFX then queues the stylesheet to the FX thread).
 */
public final class ThemeManager {

    /** The application's own stylesheet, layered over the theme; it uses the theme's colour variables. */
    public static final String APP_STYLESHEET =
            Objects.requireNonNull(ThemeManager.class.getResource("/io/xraydesk/ui/app.css"), "app.css").toExternalForm();

    private static final Theme LIGHT_THEME = new PrimerLight();
    private static final Theme DARK_THEME = new PrimerDark();

    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    /** Light until the system answers: the first window must not wait for a process. */
    private boolean systemPrefersDark;

    public ThemeManager(ThemeChoice initial) {
        choice.set(Objects.requireNonNull(initial));
        apply();
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** True while the dark theme is installed. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public void select(ThemeChoice newChoice) {
        choice.set(Objects.requireNonNull(newChoice));
        apply();
    }

    /** Asks the OS for its appearance on a worker thread and follows it if the choice is SYSTEM. */
    public void followSystemAppearance(BackgroundTasks tasks, OsAppearance os) {
        tasks.task("read system appearance", progress -> os.prefersDark())
                .onSuccess(answer -> answer.ifPresent(this::systemAppearanceIs))
                .start();
    }

    void systemAppearanceIs(boolean prefersDark) {
        systemPrefersDark = prefersDark;
        apply();
    }

    /** Adds the application stylesheet to a scene (main window, dialogs, any extra stage). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_STYLESHEET)) {
            scene.getStylesheets().add(APP_STYLESHEET);
        }
    }

    private void apply() {
        boolean useDark = switch (choice.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemPrefersDark;
        };
        // Stylesheet first: listeners of darkProperty() then see the theme already in place.
        // The precompiled binary form: parsing the theme's CSS text cost a third of the start-up time.
        Application.setUserAgentStylesheet((useDark ? DARK_THEME : LIGHT_THEME).getUserAgentStylesheetBSS());
        dark.set(useDark);
    }
}
