package io.xraydesk.ui.requestpage;

import io.xraydesk.core.i18n.Messages;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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
     * The same gestures on whatever part of {@code view} {@code pointerAt} finds a value in (given the
     * node under the mouse, the JSON Pointer of the value it shows), wherever the view places it: a
     * view built elsewhere (a report view) shows its content only once in a window.
     */
    static void installWithin(Node view, Function<Node, Optional<String>> pointerAt, Consumer<String> quote) {
        MenuItem item = new MenuItem(Messages.get("notes.quote.action"));
        ContextMenu menu = new ContextMenu(item);
        view.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event ->
                pointerAt.apply(event.getPickResult().getIntersectedNode()).ifPresent(pointer -> {
                    item.setOnAction(chosen -> quote.accept(pointer));
                    menu.show(view, event.getScreenX(), event.getScreenY());
                    event.consume();
                }));
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getClickCount() == 2) {
                pointerAt.apply(event.getPickResult().getIntersectedNode()).ifPresent(quote);
            }
        });
    }

    private static ContextMenu menu(Runnable quote) {
        MenuItem item = new MenuItem(Messages.get("notes.quote.action"));
        item.setOnAction(event -> quote.run());
        return new ContextMenu(item);
    }
}
