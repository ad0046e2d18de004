package io.xraydesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** The main window's menu bar and its items, as the window tests reach them. */
public final class MenuItems {

    private MenuItems() {
    }

    public static MenuBar bar(Scene scene) {
        return (MenuBar) scene.getRoot().lookup(".menu-bar");
    }

    /** The item with that id directly in one of the bar's menus; fails the test when there is none. */
    public static MenuItem byId(Scene scene, String id) {
        for (Menu menu : bar(scene).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
