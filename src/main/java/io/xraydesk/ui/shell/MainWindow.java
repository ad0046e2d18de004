package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Toasts;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
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
    private final Toasts toasts = new Toasts();
    private final MainMenu menu;
    private final TopBar topBar;
    private final StatusBar statusBar;
    private final LanguageChoice language;
    private final Consumer<LanguageChoice> onLanguage;

    /**
     * @param tasks      the one task executor: its activity shows in the status bar, menu commands run on it
     * @param language   the language the texts were just loaded in, ticked in View ▸ Language
     * @param onLanguage called when the analyst picks another language (the caller rebuilds the window)
     */
    public MainWindow(ThemeManager themes, BackgroundTasks tasks, LanguageChoice language,
                      Consumer<LanguageChoice> onLanguage) {
        this.language = Objects.requireNonNull(language, "language");
        this.onLanguage = Objects.requireNonNull(onLanguage, "onLanguage");
        menu = new MainMenu(themes, tasks, language, this::chooseLanguage);
        topBar = new TopBar(menu.item(MenuCommand.BACK));
        statusBar = new StatusBar(tasks.activity());
        content.getStyleClass().add("content-area");
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menu.bar, topBar));
        // Notifications are drawn over the screens, in the window's corner, and follow it when it moves or shrinks.
        root.setCenter(new StackPane(content, toasts.layer()));
        root.setBottom(statusBar);
        // The mouse's back button anywhere in the window; Escape only when no control used it
        // (a drop-down closing, a field clearing), so it never takes a key a control needs.
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.BACK) {
                event.consume();
                back();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                back();
            }
        });
    }

    /** Goes back, as View ▸ Back does, when there is somewhere to go back to. */
    private void back() {
        MenuItem item = menu.item(MenuCommand.BACK);
        if (!item.isDisable()) {
            item.fire();
        }
    }

    /** The language the window's texts are in. */
    public LanguageChoice language() {
        return language;
    }

    /** Switches to {@code choice} (the caller rebuilds the window); the language in place does nothing. */
    public void chooseLanguage(LanguageChoice choice) {
        if (choice != language) {
            onLanguage.accept(choice);
        }
    }

    public Parent root() {
        return root;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** The notifications shown in this window. */
    public Toasts toasts() {
        return toasts;
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
