package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Icons;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The menu bar of the main window. Commands that belong to screens built later (new request,
 * settings…) start disabled and come alive when something is wired to them: no item ever does
 * nothing when clicked. Menu labels carry mnemonics ({@code _File}) from the message bundle.
 */
final class MainMenu {

    final MenuItem newRequest = item("menu.file.new_request", Feather.PLUS_SQUARE, "Shortcut+N");
    final MenuItem openRequest = item("menu.file.open_request", Feather.SEARCH, "Shortcut+O");
    final MenuItem importPortfolio = item("menu.file.import_portfolio", Feather.UPLOAD, null);
    final MenuItem signOut = item("menu.file.sign_out", Feather.USER_X, null);
    final MenuItem quit = item("menu.file.quit", Feather.LOG_OUT, "Shortcut+Q");
    final MenuItem requests = item("menu.view.requests", Feather.LIST, "Shortcut+D");
    final MenuItem networkSettings = item("menu.settings.network", Feather.GLOBE, null);
    final MenuItem preferences = item("menu.settings.preferences", Feather.SLIDERS, null);
    final MenuItem about = item("menu.help.about", Feather.INFO, null);
    final TraceMenuItem trace = new TraceMenuItem(this::window);
    final MenuBar bar;

    MainMenu(ThemeManager themes, LanguageChoice language, Consumer<LanguageChoice> onLanguage) {
        Menu file = new Menu(Messages.get("menu.file"), null,
                newRequest, openRequest, importPortfolio, new SeparatorMenuItem(), signOut, quit);
        Menu view = new Menu(Messages.get("menu.view"), null, requests, new SeparatorMenuItem(), themeMenu(themes), languageMenu(language, onLanguage));
        Menu settings = new Menu(Messages.get("menu.settings"), null, networkSettings, preferences);
        Menu help = new Menu(Messages.get("menu.help"), null, trace.item, new SeparatorMenuItem(), about);
        bar = new MenuBar(file, view, settings, help);
        bar.setUseSystemMenuBar(true);
    }

    private Window window() {
        return bar.getScene() == null ? null : bar.getScene().getWindow();
    }

    /** Makes {@code item} run {@code action} and enables it. */
    static void wire(MenuItem item, Runnable action) {
        item.setOnAction(event -> action.run());
        item.setDisable(false);
    }

    private static MenuItem item(String key, Feather icon, String accelerator) {
        MenuItem item = new MenuItem(Messages.get(key), Icons.of(icon));
        item.setId(key);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setDisable(true);
        return item;
    }

    private static Menu themeMenu(ThemeManager themes) {
        Menu menu = new Menu(Messages.get("menu.view.theme"), Icons.of(Feather.SUN));
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(choice.messageKey()));
            item.setId(choice.messageKey());
            item.setToggleGroup(group);
            item.setSelected(themes.choiceProperty().get() == choice);
            item.setOnAction(event -> themes.select(choice));
            // Weak: the theme manager outlives this menu (a language change rebuilds the window).
            ChangeListener<ThemeChoice> follow = (obs, old, now) -> item.setSelected(now == choice);
            item.getProperties().put(ThemeChoice.class, follow);
            themes.choiceProperty().addListener(new WeakChangeListener<>(follow));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Menu languageMenu(LanguageChoice current, Consumer<LanguageChoice> onLanguage) {
        Menu menu = new Menu(Messages.get("menu.view.language"), Icons.of(Feather.GLOBE));
        ToggleGroup group = new ToggleGroup();
        for (LanguageChoice choice : LanguageChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(choice.messageKey()));
            item.setId(choice.messageKey());
            item.setToggleGroup(group);
            item.setSelected(choice == current);
            item.setOnAction(event -> {
                if (choice != current) {
                    onLanguage.accept(choice);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
