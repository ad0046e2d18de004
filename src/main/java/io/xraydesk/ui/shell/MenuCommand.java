package io.xraydesk.ui.shell;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/**
 * The commands of the main window's menus that the application wires to an action, each with its
 * label's message key (also the item's id), icon and shortcut. An item stays disabled until
 * {@link MainWindow#on} gives it an action: no item ever does nothing when clicked.
 */
public enum MenuCommand {
    /** File ▸ New request. */
    NEW_REQUEST("menu.file.new_request", Feather.PLUS_SQUARE, "Shortcut+N"),
    /** File ▸ Open request by id. */
    OPEN_REQUEST("menu.file.open_request", Feather.SEARCH, "Shortcut+O"),
    /** File ▸ Import a portfolio…. */
    IMPORT_PORTFOLIO("menu.file.import_portfolio", Feather.UPLOAD, null),
    /** File ▸ Sign out. */
    SIGN_OUT("menu.file.sign_out", Feather.USER_X, null),
    /** File ▸ Quit. */
    QUIT("menu.file.quit", Feather.LOG_OUT, "Shortcut+Q"),
    /** View ▸ Requests: back to the list of requests from any screen. */
    REQUESTS("menu.view.requests", Feather.LIST, "Shortcut+D"),
    /** View ▸ Back: to the place before this one (also the top bar's button, the mouse's back button and Escape). */
    BACK("menu.view.back", Feather.ARROW_LEFT, "Alt+Left"),
    /** Settings ▸ Network…. */
    NETWORK_SETTINGS("menu.settings.network", Feather.GLOBE, null),
    /** Settings ▸ Preferences…. */
    PREFERENCES("menu.settings.preferences", Feather.SLIDERS, "Shortcut+Comma"),
    /** Help ▸ About. */
    ABOUT("menu.help.about", Feather.INFO, null);

    private final String messageKey;
    private final Feather icon;
    /** Parsed once: every rebuild of the window (a language change) reuses it. */
    private final Optional<KeyCombination> shortcut;

    MenuCommand(String messageKey, Feather icon, String shortcut) {
        this.messageKey = messageKey;
        this.icon = icon;
        this.shortcut = Optional.ofNullable(shortcut).map(KeyCombination::keyCombination);
    }

    String messageKey() {
        return messageKey;
    }

    Feather icon() {
        return icon;
    }

    Optional<KeyCombination> shortcut() {
        return shortcut;
    }
}
