package io.xraydesk.ui.walk;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

/** How a failing check names a node: its class, id and text, and the nearest parent with an id. */
public final class NodeNames {

    private NodeNames() {
    }

    /** "Button#submit 'Create request' in #new-request": enough to find the node again. */
    public static String describe(Node node) {
        StringBuilder text = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            text.append('#').append(node.getId());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            text.append(" '").append(labeled.getText()).append('\'');
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getId() != null) {
                return text.append(" in #").append(parent.getId()).toString();
            }
        }
        return text.toString();
    }
}
