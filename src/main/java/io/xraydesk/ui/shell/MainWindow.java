package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.ui.concurrent.Activity;
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
 * middle (through {@link #navigator()}), the status bar below. Screens plug into the menu through the
 * {@code on…} hooks; an item stays disabled until its hook is set. Call on the FX thread.
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Navigator navigator = new Navigator(content);
    private final MainMenu menu;
    private final TopBar topBar = new TopBar();
    private final StatusBar statusBar;

    /**
     * @param language   the language the texts were just loaded in, ticked in View ▸ Language
     * @param onLanguage called when the analyst picks another language (the caller rebuilds the window)
     */
    public MainWindow(ThemeManager themes, Activity activity, LanguageChoice language,
                      Consumer<LanguageChoice> onLanguage) {
        menu = new MainMenu(themes, language, Objects.requireNonNull(onLanguage));
        statusBar = new StatusBar(activity);
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

    /** File ▸ New request (Ctrl+N). */
    public void onNewRequest(Runnable action) {
        MainMenu.wire(menu.newRequest, action);
    }

    /** File ▸ Open request by id (Ctrl+O). */
    public void onOpenRequestById(Runnable action) {
        MainMenu.wire(menu.openRequest, action);
    }

    /** File ▸ Import a portfolio…. */
    public void onImportPortfolio(Runnable action) {
        MainMenu.wire(menu.importPortfolio, action);
    }

    /** File ▸ Sign out. */
    public void onSignOut(Runnable action) {
        MainMenu.wire(menu.signOut, action);
    }

    /** File ▸ Quit (Ctrl+Q). */
    public void onQuit(Runnable action) {
        MainMenu.wire(menu.quit, action);
    }

    /** View ▸ Requests (Ctrl+D): back to the list of requests from any screen. */
    public void onRequests(Runnable action) {
        MainMenu.wire(menu.requests, action);
    }

    /** Settings ▸ Network…. */
    public void onNetworkSettings(Runnable action) {
        MainMenu.wire(menu.networkSettings, action);
    }

    /** Settings ▸ Preferences…. */
    public void onPreferences(Runnable action) {
        MainMenu.wire(menu.preferences, action);
    }

    /** Help ▸ About. */
    public void onAbout(Runnable action) {
        MainMenu.wire(menu.about, action);
    }

    /** The File ▸ New request item, for screens that offer the same command (its enabled state included). */
    public MenuItem newRequestItem() {
        return menu.newRequest;
    }
}
