package io.xraydesk.ui.requestpage;

import io.xraydesk.core.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;

/**
 * How an analyst quotes a report value shown on the request page in the note being typed: "Quote in
 * note" in the value's context menu, or a double click on it.
 */
final class QuoteGesture {

    private QuoteGesture() {
    }

    static void install(Control value, Runnable quote) {
        value.setContextMenu(menu(quote));
        value.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                quote.run();
            }
        });
        value.setTooltip(new Tooltip(Messages.get("notes.quote.hint")));
    }

    /**
     * The same gestures on the node of {@code view} with the id {@code valueId}, wherever the view
     * places it: a view built elsewhere (a report view) shows its content only once in a window.
     */
    static void installWithin(Node view, String valueId, Runnable quote) {
        ContextMenu menu = menu(quote);
        view.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (within(event.getPickResult().getIntersectedNode(), valueId)) {
                menu.show(view, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getClickCount() == 2 && within(event.getPickResult().getIntersectedNode(), valueId)) {
                quote.run();
            }
        });
    }

    private static boolean within(Node picked, String valueId) {
        for (Node node = picked; node != null; node = node.getParent()) {
            if (valueId.equals(node.getId())) {
                return true;
            }
        }
        return false;
    }

    private static ContextMenu menu(Runnable quote) {
        MenuItem item = new MenuItem(Messages.get("notes.quote.action"));
        item.setOnAction(event -> quote.run());
        return new ContextMenu(item);
    }
}
