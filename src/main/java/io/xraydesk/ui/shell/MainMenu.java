package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Icons;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The menu bar of the main window. Commands that belong to screens built later (new request,
 * settings…) start disabled and come alive when something is wired to them: no item ever does
 * nothing when clicked. Menu labels carry mnemonics ({@code _File}) from the message bundle.
 */
final class MainMenu {

    private final Map<MenuCommand, MenuItem> items = new EnumMap<>(MenuCommand.class);
    final TraceMenuItem trace;
    final MenuBar bar;

    MainMenu(ThemeManager themes, BackgroundTasks tasks, LanguageChoice language,
            Consumer<LanguageChoice> onLanguage) {
        trace = new TraceMenuItem(this::window, tasks);
        for (MenuCommand command : MenuCommand.values()) {
            items.put(command, newItem(command));
        }
        Menu file = new Menu(Messages.get("menu.file"), null, item(MenuCommand.NEW_REQUEST),
                item(MenuCommand.OPEN_REQUEST), item(MenuCommand.IMPORT_PORTFOLIO), new SeparatorMenuItem(),
                item(MenuCommand.SIGN_OUT), item(MenuCommand.QUIT));
        Menu view = new Menu(Messages.get("menu.view"), null, item(MenuCommand.BACK), item(MenuCommand.REQUESTS),
                new SeparatorMenuItem(),
                themeMenu(themes), languageMenu(language, onLanguage));
        Menu settings = new Menu(Messages.get("menu.settings"), null, item(MenuCommand.NETWORK_SETTINGS),
                item(MenuCommand.PREFERENCES));
        Menu help = new Menu(Messages.get("menu.help"), null, trace.item, new SeparatorMenuItem(),
                item(MenuCommand.ABOUT));
        bar = new MenuBar(file, view, settings, help);
        bar.setUseSystemMenuBar(true);
    }

    private Window window() {
        return bar.getScene() == null ? null : bar.getScene().getWindow();
    }

    /** The item of {@code command}. */
    MenuItem item(MenuCommand command) {
        return items.get(command);
    }

    /** Makes the item of {@code command} run {@code action} and enables it. */
    void wire(MenuCommand command, Runnable action) {
        MenuItem item = item(command);
        item.setOnAction(event -> action.run());
        item.setDisable(false);
    }

    private static MenuItem newItem(MenuCommand command) {
        MenuItem item = new MenuItem(Messages.get(command.messageKey()), Icons.of(command.icon()));
        item.setId(command.messageKey());
        command.shortcut().ifPresent(item::setAccelerator);
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
            item.setOnAction(event -> onLanguage.accept(choice));
            menu.getItems().add(item);
        }
        return menu;
    }
}
