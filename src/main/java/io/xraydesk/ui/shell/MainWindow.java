package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.theme.ThemeManager;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The content of the analyst's window: menu bar and header on top, the current {@link Screen} in the
 * middle (through {@link #navigator()}), the status bar below. The application plugs actions into the
 * menu through {@link #on}; an item stays disabled until then. Call on the FX thread.
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Navigator navigator = new Navigator(content);
    private final MainMenu menu;
    private final TopBar topBar = new TopBar();
    private final StatusBar statusBar;

    /**
     * @param tasks      the one task executor: its activity shows in the status bar, menu commands run on it
     * @param language   the language the texts were just loaded in, ticked in View ▸ Language
     * @param onLanguage called when the analyst picks another language (the caller rebuilds the window)
     */
    public MainWindow(ThemeManager themes, BackgroundTasks tasks, LanguageChoice language,
                      Consumer<LanguageChoice> onLanguage) {
        menu = new MainMenu(themes, tasks, language, Objects.requireNonNull(onLanguage));
        statusBar = new StatusBar(tasks.activity());
        content.getStyleClass().add("content-area");
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menu.bar, topBar));
        root.setCenter(content);
        root.setBottom(statusBar);
    }

    public Parent root() {
        return root;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** "X-Ray Desk" or "Dashboard — X-Ray Desk", following the current screen; bind the stage title to it. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> navigator.current()
                        .map(screen -> Messages.get("window.title.screen", Messages.get(screen.titleKey())))
                        .orElse(Messages.get("app.title")),
                navigator.currentProperty());
    }

    public void setEnvironment(Environment environment) {
        topBar.show(Objects.requireNonNull(environment));
    }

    /** Shows who is signed in (shortened id), or "Not signed in" for null. */
    public void setSignedInUser(String userId) {
        topBar.showUser(userId);
    }

    public void setConnectionState(ConnectionState state) {
        statusBar.show(Objects.requireNonNull(state));
    }

    /** Signed out: nothing watches the API any more, so no connection state is shown. */
    public void clearConnectionState() {
        statusBar.hideConnection();
    }

    /** Makes the menu item of {@code command} run {@code action}, enabling it. */
    public void on(MenuCommand command, Runnable action) {
        menu.wire(command, Objects.requireNonNull(action, "action"));
    }

    /** The menu item of {@code command}, for screens that offer the same command (its enabled state included). */
    public MenuItem item(MenuCommand command) {
        return menu.item(command);
    }
}
