package io.xraydesk.ui.widgets;

import javafx.scene.Node;

/**
 * Marks a node that shows data — the API's or the company registry's words, a file's name, an id —
 * rather than the application's own words: such text stays as it came, in any language, and the
 * screen checks do not look for it in the language bundle.
 */
public final class DataText {

    public static final String STYLE_CLASS = "data-text";

    private DataText() {
    }

    public static <T extends Node> T of(T node) {
        node.getStyleClass().add(STYLE_CLASS);
        return node;
    }
}
